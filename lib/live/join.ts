import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consume, release, type Limit } from "@/lib/rate-limit";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "./join-code";

/** Ten wrong codes per person per ten minutes: guessing a 6-character code is hopeless. */
export const JOIN_ATTEMPTS: Limit = { bucket: "join", max: 10, windowMs: 10 * 60 * 1000 };

/**
 * A signed-in person types (or scans) a join code. A live session's code works only while
 * the session is live, a herhaling's only while the herhaling is open, and only for a
 * member of its gemeente who takes part: an invited raadslid lands on the worksheet (or the
 * herhaling's), a griffier or the session's own facilitator on the projector view (or, for
 * a herhaling, the review page where it is steered). So a raadslid never answers as a guest.
 */
export async function joinByCode(userId: string, rawCode: string): Promise<string> {
  // Counted before the lookup (atomically), so parallel guesses are limited too; a successful join is taken back.
  const attempt = await consume(JOIN_ATTEMPTS, userId);
  if (attempt === null) throw new AppError("RATE_LIMITED");
  const code = normaliseJoinCode(rawCode);
  const target = code.length === JOIN_CODE_LENGTH ? await sessionOfCode(code, userId) : null;
  const membership = target?.gemeente.memberships[0];
  if (!target || !membership) throw new AppError("JOIN_CODE_UNKNOWN");
  const actor: Actor = { userId, membershipId: membership.id, role: membership.role, gemeenteId: target.gemeente.id, gemeenteSlug: target.gemeente.slug, gemeenteName: target.gemeente.name };
  // Only someone who takes part: an invited raadslid, the session's own facilitator, a griffier of the gemeente.
  const takesPart = await db().councilSession.count({ where: { ...sessionScope(actor), id: target.id } });
  const runs = can(actor.role, "sessions.run");
  if (!takesPart || (!runs && !can(actor.role, "worksheets.answer"))) throw new AppError("JOIN_CODE_UNKNOWN");
  await release(attempt);
  const session = `/${actor.gemeenteSlug}/sessies/${target.id}`;
  if (target.repeatId) return runs ? `${session}/terugblik` : `${session}/werkblad/herhaling/${target.repeatId}`;
  return runs ? `/projectie/${actor.gemeenteSlug}/${target.id}` : `${session}/werkblad`;
}

/** The session a code belongs to, with the user's membership of its gemeente: a live session's own code, or an open herhaling's. */
async function sessionOfCode(code: string, userId: string) {
  const select = { id: true, gemeente: { select: { id: true, slug: true, name: true, memberships: { where: { userId }, select: { id: true, role: true } } } } } as const;
  const live = await db().councilSession.findFirst({ where: { joinCode: code, status: "LIVE" }, select });
  if (live) return { ...live, repeatId: null };
  const repeat = await db().roleWorksheet.findFirst({ where: { joinCode: code, state: "OPEN" }, select: { id: true, repeatOf: { select: { session: { select } } } } });
  const session = repeat?.repeatOf?.session;
  return session ? { ...session, repeatId: repeat.id } : null;
}
