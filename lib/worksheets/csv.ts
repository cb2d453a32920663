import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Stands in for the name of someone removed since; their answer stays detached (see lib/privacy). */
export const REMOVED_PERSON = "(verwijderd lid)";

/** RFC 4180 field quoting; ";" separates fields, as Dutch spreadsheet programs expect. */
export function toCsv(rows: string[][]): string {
  const field = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFF${rows.map((r) => r.map(field).join(";")).join("\r\n")}\r\n`;
}

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
    return toCsv([["actor", "trede", "toelichting"], ...answers.map((a) => [a.actor.name, a.rung, a.motivation])]);
  }
  const answers = await db().roleAnswer.findMany({
    where: { worksheetId: worksheet.id },
    select: { rung: true, motivation: true, actor: { select: { name: true } }, membership: { select: { user: { select: { name: true, email: true } } } } },
    orderBy: order,
  });
  return toCsv([
    ["actor", "trede", "toelichting", "raadslid"],
    ...answers.map((a) => [a.actor.name, a.rung, a.motivation, a.membership ? (a.membership.user.name ?? a.membership.user.email) : REMOVED_PERSON]),
  ]);
}
