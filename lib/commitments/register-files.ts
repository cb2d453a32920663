import { dateInWords, toLocalDateTime } from "@/lib/dates";
import type { Block, Outline, ReportLanguage } from "@/lib/report/outline";
import { toCsv } from "@/lib/worksheets/csv";
import type { RegisterEntry } from "./register";

type Translate = ReportLanguage["t"];

/** The history of one commitment as one line: "4 maart 2027: open — 1 mei 2027: afgedaan (brief gestuurd, Griffier)". */
function history(c: RegisterEntry, t: Translate, day: (d: Date) => string) {
  return (c.events ?? [])
    .map((e) => `${day(e.createdAt)}: ${t(`commitments.register.states.${e.state}`)}${e.note || e.actorName ? ` (${[e.note, e.actorName].filter(Boolean).join(", ")})` : ""}`)
    .join(" — ");
}

/**
 * The toezeggingenlijst as CSV (";" and a BOM for Dutch spreadsheets; text a
 * spreadsheet would run as a formula neutralised by lib/worksheets/csv.ts#toCsv).
 * Dates as YYYY-MM-DD, so a spreadsheet sorts them.
 */
export function registerCsv(entries: RegisterEntry[], t: Translate): string {
  const iso = (d: Date) => toLocalDateTime(d).date;
  const header = ["session", "sessionDate", "who", "what", "toWhom", "madeOn", "madeAt", "dueDate", "status", "settlement", "history"].map((k) => t(`commitments.register.columns.${k}`));
  return toCsv([
    header,
    ...entries.map((c) => [
      c.session.title,
      iso(c.session.startsAt),
      c.who,
      c.what,
      c.toWhom,
      c.madeOn ?? "",
      c.madeAt,
      c.dueDate,
      t(`commitments.status.${c.status}`),
      c.settlement,
      history(c, t, iso),
    ]),
  ]);
}

/** The toezeggingenlijst as blocks for the tagged PDF (lib/report/pdf.ts): per session a heading and a table. Dates in words. */
export function registerOutline(entries: RegisterEntry[], scopeName: string, { t, locale }: ReportLanguage): Outline {
  const words = (iso: string) => dateInWords(iso, { locale });
  const day = (d: Date) => dateInWords(d, { locale });
  const title = t("commitments.register.title", { scope: scopeName });
  const sections: Block[][] = [[{ kind: "h1", text: title }, { kind: "p", text: t("commitments.register.generated", { date: dateInWords(new Date(), { locale }), count: entries.length }) }]];
  const bySession = new Map<string, RegisterEntry[]>();
  for (const c of entries) bySession.set(c.session.id, [...(bySession.get(c.session.id) ?? []), c]);
  if (entries.length === 0) sections[0].push({ kind: "p", text: t("commitments.none") });
  for (const list of bySession.values()) {
    const { session } = list[0];
    sections.push([
      { kind: "h2", text: `${session.title} (${day(session.startsAt)})` },
      {
        kind: "table",
        header: ["made", "who", "what", "dueDate", "status", "settlement"].map((k) => t(`commitments.register.pdf.${k}`)),
        rows: list.map((c) => [
          [c.madeOn ? words(c.madeOn) : "", c.madeAt].filter(Boolean).join(", ") || "–",
          c.toWhom ? `${c.who} → ${c.toWhom}` : c.who,
          c.what,
          words(c.dueDate),
          t(`commitments.status.${c.status}`),
          [c.settlement, history(c, t, day)].filter(Boolean).join(" — ") || "–",
        ]),
        widths: [3, 3, 6, 3, 2, 6],
      },
    ]);
  }
  return { title, sections };
}
