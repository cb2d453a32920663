import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionScope } from "@/lib/auth/policy";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import preparationNl from "@/messages/preparation.nl.json";
import { parsePublication, shownActor, type Publication } from "./publication";

/** Stands in for the name of someone removed since; their answer stays detached (see lib/privacy). */
export const REMOVED_PERSON = "(verwijderd lid)";

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

/** The export is Dutch, like its column names: a rung by its name on the ladder (Reguleren … Loslaten). */
const rungName = (rung: Rung) => preparationNl.rungs[rung].name;

/**
 * The worksheet's results as CSV. An anonymous worksheet gives exactly what its
 * results show everywhere else — the publication (lib/worksheets/publication.ts):
 * counts per actor and rung, then the motivations in alphabetical order, and
 * "too few" for an actor below the minimum group size. It never reads the
 * answers themselves, so it cannot be compared with the page to single anyone out.
 * A named worksheet gives one row per answer with the person's name.
 */
export async function worksheetCsv(actor: Actor, sessionId: string): Promise<string> {
  assertCan(actor, "sessions.review");
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId, session: sessionScope(actor) },
    select: {
      id: true,
      anonymous: true,
      published: true,
      session: { select: { gemeente: { select: { anonymityThreshold: true } } } },
      actors: { select: { id: true, name: true }, orderBy: { position: "asc" } },
    },
  });
  if (!worksheet) throw new AppError("NOT_FOUND");
  if (worksheet.anonymous) return publishedCsv(worksheet.actors, parsePublication(worksheet.published), worksheet.session.gemeente.anonymityThreshold);
  const answers = await db().roleAnswer.findMany({
    where: { worksheetId: worksheet.id },
    select: { rung: true, motivation: true, actor: { select: { name: true } }, membership: { select: { user: { select: { name: true, email: true } } } } },
    orderBy: [{ actor: { position: "asc" } }, { rung: "asc" }, { motivation: "asc" }],
  });
  return toCsv([
    ["actor", "trede", "toelichting", "raadslid"],
    ...answers.map((a) => [a.actor.name, rungName(a.rung), a.motivation, a.membership ? (a.membership.user.name ?? a.membership.user.email) : REMOVED_PERSON]),
  ]);
}

function publishedCsv(actors: { id: string; name: string }[], publication: Publication | null, k: number): string {
  const rows: string[][] = [["actor", "trede", "aantal", "toelichting"]];
  for (const a of actors) {
    const published = shownActor(publication, a.id, k);
    if (!published) {
      rows.push([a.name, "", "", `Te weinig antwoorden om anoniem te tonen (minimaal ${k})`]);
      continue;
    }
    for (const rung of RUNGS) rows.push([a.name, rungName(rung), String(published.counts[rung]), ""]);
    for (const motivation of published.motivations) rows.push([a.name, "", "", motivation]);
  }
  return toCsv(rows);
}
