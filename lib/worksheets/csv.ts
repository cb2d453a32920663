import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rung } from "@/lib/preparation/rungs";
import preparationNl from "@/messages/preparation.nl.json";

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
 * The worksheet's answers as CSV. With an anonymous worksheet the query does
 * not select who answered, and rows are sorted by content so their order does
 * not betray who answered first.
 */
export async function worksheetCsv(actor: Actor, sessionId: string): Promise<string> {
  assertCan(actor, "sessions.review");
  const worksheet = await db().roleWorksheet.findFirst({
    where: { sessionId, session: { gemeenteId: actor.gemeenteId } },
    select: { id: true, anonymous: true },
  });
  if (!worksheet) throw new AppError("NOT_FOUND");
  const order = [{ actor: { position: "asc" as const } }, { rung: "asc" as const }, { motivation: "asc" as const }];
  if (worksheet.anonymous) {
    const answers = await db().roleAnswer.findMany({
      where: { worksheetId: worksheet.id },
      select: { rung: true, motivation: true, actor: { select: { name: true } } },
      orderBy: order,
    });
    return toCsv([["actor", "trede", "toelichting"], ...answers.map((a) => [a.actor.name, rungName(a.rung), a.motivation])]);
  }
  const answers = await db().roleAnswer.findMany({
    where: { worksheetId: worksheet.id },
    select: { rung: true, motivation: true, actor: { select: { name: true } }, membership: { select: { user: { select: { name: true, email: true } } } } },
    orderBy: order,
  });
  return toCsv([
    ["actor", "trede", "toelichting", "raadslid"],
    ...answers.map((a) => [a.actor.name, rungName(a.rung), a.motivation, a.membership ? (a.membership.user.name ?? a.membership.user.email) : REMOVED_PERSON]),
  ]);
}
