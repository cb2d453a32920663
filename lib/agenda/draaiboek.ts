import type { Block, Outline, ReportLanguage } from "@/lib/report/outline";
import { dateInWords, toLocalDateTime } from "@/lib/dates";
import { programmeClock } from "./clock";

/** What the draaiboek is made of: the session, its people and its programme. */
export type DraaiboekSession = {
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  risUrl: string;
  joinCode: string | null;
  facilitators: { name: string }[];
  agendaItems: { title: string; phase: string; workMethod: string; goal: string; durationMinutes: number; risUrl: string }[];
};

/**
 * The draaiboek (run sheet) as blocks — the one source of the print page and
 * the PDF (lib/report/pdf.ts#renderOutlinePdf, the verslag's machinery): the
 * session's date, place, facilitators and how to join, then per item its clock
 * time, title, phase, work method and goal (and its RIS link). A programme that
 * runs past the session's end says so above the table. Pure.
 */
export function draaiboekOutline(session: DraaiboekSession, { t, locale }: Pick<ReportLanguage, "t" | "locale">, { joinUrl }: { joinUrl: string }): Outline {
  const clock = programmeClock(session.startsAt, session.agendaItems, { endsAt: session.endsAt });
  const endsAt = session.endsAt ? toLocalDateTime(session.endsAt).time : null;
  const title = `${t("draaiboek.title")}: ${session.title}`;
  const facts: string[] = [
    `${t("draaiboek.date")}: ${dateInWords(session.startsAt, { locale, weekday: true, time: true })}${endsAt ? `–${endsAt}` : ""}`,
    `${t("draaiboek.place")}: ${session.location || "–"}`,
    `${t("draaiboek.facilitators")}: ${session.facilitators.length > 0 ? session.facilitators.map((f) => f.name).join(", ") : t("draaiboek.noFacilitators")}`,
    `${t("draaiboek.join")}: ${session.joinCode ? t("draaiboek.joinCode", { url: joinUrl, code: session.joinCode }) : t("draaiboek.joinLater", { url: joinUrl })}`,
  ];
  if (session.risUrl) facts.push(`${t("draaiboek.ris")}: ${session.risUrl}`);

  const programme: Block[] = [{ kind: "h2", text: t("draaiboek.programme") }];
  if (clock.items.length === 0) programme.push({ kind: "p", text: t("draaiboek.empty") });
  else {
    programme.push({
      kind: "p",
      text: clock.overrunMinutes > 0 ? t("clock.overrun", { minutes: clock.overrunMinutes, endsAt: endsAt ?? "", time: clock.endTime }) : t("clock.ends", { time: clock.endTime }),
    });
    programme.push({
      kind: "table",
      header: [t("draaiboek.time"), t("agenda.itemTitle"), t("agenda.phase"), t("draaiboek.notes")],
      rows: clock.items.map((item) => [
        t("clock.times", { start: item.slot!.startTime, end: item.slot!.endTime }),
        [item.title, item.risUrl].filter(Boolean).join("\n"),
        t(`agenda.phases.${item.phase}`),
        [item.workMethod, item.goal].filter(Boolean).join("\n") || "–",
      ]),
      widths: [2, 5, 3, 6],
    });
  }
  return { title, sections: [[{ kind: "h1", text: title }, { kind: "p", text: session.theme }, { kind: "list", items: facts }], programme] };
}
