import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionScope } from "@/lib/auth/policy";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import { translator } from "@/lib/i18n/translator";
import { guestGroupsPerActor, type GroupResult } from "./guest-results";
import { worksheetShift, type WorksheetShift } from "./shift";
import { parsePublication, publishedNowRungs, shownActor, type Publication } from "./publication";
import { THRESHOLD_SELECT, thresholdOf } from "./threshold";

/** A spreadsheet program runs a cell that starts with one of these as a formula (=HYPERLINK(…) and worse). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: RFC 4180 quoting, and text that a spreadsheet would run as a
 * formula is neutralised as OWASP advises (a leading single quote, and quoted),
 * so it shows as the text that was typed.
 */
function field(value: string): string {
  const formula = FORMULA_START.test(value);
  if (!formula && !/[";\r\n]/.test(value)) return value;
  return `"${formula ? "'" : ""}${value.replaceAll('"', '""')}"`;
}

/** CSV with ";" between fields, as Dutch spreadsheet programs expect, and a BOM so they read UTF-8. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(";")).join("\r\n")}\r\n`;
}

/**
 * The export's words (column names, rungs, "too few") in the reader's language, Dutch unless
 * English. Through translators, not the imported objects: in the build a message is compiled
 * (next.config.mjs), so only a translator turns it into text.
 */
function csvLanguage(locale: string) {
  const language = locale === "en" ? "en" : "nl";
  const t = translator(language, "worksheetCsv");
  const rungs = translator(language, "preparation.rungs");
  return { t, rungName: (rung: Rung) => rungs(`${rung}.name`) };
}

type CsvLanguage = ReturnType<typeof csvLanguage>;

/**
 * The worksheet's results as CSV, in the reader's language. An anonymous
 * worksheet gives exactly what its results show everywhere else — the
 * publication (lib/worksheets/publication.ts): counts per actor and rung with
 * the "now" counts beside them, then the motivations in alphabetical order, and
 * "too few" for an actor below the minimum group size. It never reads the
 * answers themselves, so it cannot be compared with the page to single anyone out.
 * A named worksheet gives one row per answer with the person's name and their "now".
 * Both end with each guest group's published figures per actor (always anonymous,
 * k per group): counts only, never a guest or their id. When the worksheet was
 * repeated at evaluation moments (herhalingen), a second table follows after an
 * empty row: per round and actor the figures of the review page's shift view
 * (lib/worksheets/shift.ts; k per round, never who answered).
 */
export async function worksheetCsv(actor: Actor, sessionId: string, locale = "nl"): Promise<string> {
  assertCan(actor, "sessions.review");
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId, session: sessionScope(actor) },
    select: {
      id: true,
      anonymous: true,
      published: true,
      guestPublished: true,
      ...THRESHOLD_SELECT,
      actors: { select: { id: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  if (!worksheet) throw new AppError("NOT_FOUND");
  const language = csvLanguage(locale);
  const { t, rungName } = language;
  const k = thresholdOf(worksheet);
  const groups = guestGroupsPerActor(worksheet.guestPublished, worksheet.actors.map((a) => ({ actorId: a.id, council: null })), k);
  const rounds = roundRows(await worksheetShift(actor, sessionId), language);
  if (worksheet.anonymous) {
    const rows = publishedRows(worksheet.actors, parsePublication(worksheet.published), k, language);
    for (const a of worksheet.actors) for (const g of groups.get(a.id) ?? []) rows.push(...guestRows(a.name, g, k, language, "anonymous"));
    return toCsv([[t("actor"), t("rung"), t("count"), t("motivation"), t("group"), t("nowCount")], ...rows, ...rounds]);
  }
  const answers = await db().roleAnswer.findMany({
    where: { worksheetId: worksheet.id },
    select: { rung: true, nowRung: true, motivation: true, actor: { select: { name: true } }, membership: { select: { user: { select: { name: true, email: true } } } } },
    orderBy: [{ actor: { position: "asc" } }, { rung: "asc" }, { motivation: "asc" }],
  });
  return toCsv([
    [t("actor"), t("rung"), t("motivation"), t("person"), t("now"), t("group"), t("count")],
    ...answers.map((a) => [
      a.actor.name,
      rungName(a.rung),
      a.motivation,
      a.membership ? (a.membership.user.name ?? a.membership.user.email) : t("removedPerson"),
      a.nowRung ? rungName(a.nowRung) : "",
      t("council"),
      "1",
    ]),
    ...worksheet.actors.flatMap((a) => (groups.get(a.id) ?? []).flatMap((g) => guestRows(a.name, g, k, language, "named"))),
    ...rounds,
  ]);
}

/**
 * The rounds table (none without a herhaling), after an empty row: ronde, datum
 * (yyyy-mm-dd), evaluatiemoment, actor, antwoorden, meest gekozen, meest gekozen nu
 * (empty where not asked). Below k a round says "too few" and gives no rung.
 */
function roundRows(shift: WorksheetShift | null, { t, rungName }: CsvLanguage): string[][] {
  if (!shift) return [];
  const offset = shift.rounds[0]?.evaluationMomentId === null ? 0 : 1;
  const rungs = (list: Rung[]) => list.map(rungName).join(", ");
  return [
    [],
    [t("round"), t("date"), t("moment"), t("actor"), t("answers"), t("mostChosen"), t("mostChosenNow")],
    ...shift.actors.flatMap((a) =>
      a.cells.map((cell, i) => {
        const round = shift.rounds[i]!;
        const label = round.evaluationMomentId === null ? t("sessionRound") : t("repeatRound", { n: i + offset });
        const figures =
          cell.status === "shown"
            ? [String(cell.count), rungs(cell.mostChosen), cell.now ? rungs(cell.now.mostChosen) : ""]
            : [cell.status === "tooFew" ? t("tooFew", { k: shift.minimumGroupSize }) : t("notPublished"), "", ""];
        return [label, round.date, round.subject, a.name, ...figures];
      }),
    ),
  ];
}

/** Columns: actor, trede, aantal, toelichting, groep, aantal nu. */
function publishedRows(actors: { id: string; name: string }[], publication: Publication | null, k: number, { t, rungName }: CsvLanguage): string[][] {
  const rows: string[][] = [];
  for (const a of actors) {
    const published = shownActor(publication, a.id, k);
    if (!published) {
      rows.push([a.name, "", "", t("tooFew", { k }), t("council"), ""]);
      continue;
    }
    const now = publishedNowRungs(published, k);
    for (const rung of RUNGS) rows.push([a.name, rungName(rung), String(published.counts[rung]), "", t("council"), now ? String(now.filter((r) => r === rung).length) : ""]);
    for (const motivation of published.motivations) rows.push([a.name, "", "", motivation, t("council"), ""]);
  }
  return rows;
}

/**
 * One guest group's figures for one actor, in the layout of the CSV they join:
 * the anonymous one (counts per rung, "now" counts beside) or the named one
 * (a row per rung chosen, then a row per "now" rung, each with its count).
 */
function guestRows(actorName: string, g: GroupResult, k: number, { t, rungName }: CsvLanguage, layout: "anonymous" | "named"): string[][] {
  if (layout === "anonymous") {
    if (!g.summary) return [[actorName, "", "", t("tooFew", { k }), g.group, ""]];
    const { distribution } = g.summary;
    return [
      ...RUNGS.map((rung) => [actorName, rungName(rung), String(distribution[rung]), "", g.group, g.now ? String(g.now.distribution[rung]) : ""]),
      ...g.motivations.map((m) => [actorName, "", "", m, g.group, ""]),
    ];
  }
  if (!g.summary) return [[actorName, "", t("tooFew", { k }), "", "", g.group, ""]];
  const { distribution } = g.summary;
  const now = g.now?.distribution;
  return [
    ...RUNGS.filter((r) => distribution[r] > 0).map((rung) => [actorName, rungName(rung), "", "", "", g.group, String(distribution[rung])]),
    ...(now ? RUNGS.filter((r) => now[r] > 0).map((rung) => [actorName, "", "", "", rungName(rung), g.group, String(now[rung])]) : []),
    ...g.motivations.map((m) => [actorName, "", m, "", "", g.group, ""]),
  ];
}
