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
 * A signed-in person types (or scans) a join code. It works only while the
 * session is live, and only for a member of its gemeente who takes part: an
 * invited raadslid lands on the worksheet, a griffier or the session's own
 * facilitator on the projector view.
 */
export async function joinByCode(userId: string, rawCode: string): Promise<string> {
  // Counted before the lookup (atomically), so parallel guesses are limited too; a successful join is taken back.
  const attempt = await consume(JOIN_ATTEMPTS, userId);
  if (attempt === null) throw new AppError("RATE_LIMITED");
  const code = normaliseJoinCode(rawCode);
  const session =
    code.length === JOIN_CODE_LENGTH
      ? await db().councilSession.findFirst({
          where: { joinCode: code, status: "LIVE" },
          select: { id: true, gemeente: { select: { id: true, slug: true, name: true, memberships: { where: { userId }, select: { id: true, role: true } } } } },
        })
      : null;
  const membership = session?.gemeente.memberships[0];
  if (!session || !membership) throw new AppError("JOIN_CODE_UNKNOWN");
  const actor: Actor = { userId, membershipId: membership.id, role: membership.role, gemeenteId: session.gemeente.id, gemeenteSlug: session.gemeente.slug, gemeenteName: session.gemeente.name };
  // Only someone who takes part: an invited raadslid, the session's own facilitator, a griffier of the gemeente.
  const takesPart = await db().councilSession.count({ where: { ...sessionScope(actor), id: session.id } });
  const runs = can(actor.role, "sessions.run");
  if (!takesPart || (!runs && !can(actor.role, "worksheets.answer"))) throw new AppError("JOIN_CODE_UNKNOWN");
  await release(attempt);
  return runs ? `/projectie/${actor.gemeenteSlug}/${session.id}` : `/${actor.gemeenteSlug}/sessies/${session.id}/werkblad`;
}
