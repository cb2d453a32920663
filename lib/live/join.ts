import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consume, release, type Limit } from "@/lib/rate-limit";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "./join-code";

/** Ten wrong codes per person per ten minutes: guessing a 6-character code is hopeless. */
export const JOIN_ATTEMPTS: Limit = { bucket: "join", max: 10, windowMs: 10 * 60 * 1000 };

/**
 * A signed-in person types (or scans) a join code. It works only while the
 * session is live, and only for a member of its gemeente who takes part: an
 * invited raadslid lands on the worksheet, a griffier or facilitator on the
 * projector view.
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
          select: { id: true, gemeente: { select: { slug: true, memberships: { where: { userId }, select: { id: true, role: true } } } } },
        })
      : null;
  const membership = session?.gemeente.memberships[0];
  if (!session || !membership) throw new AppError("JOIN_CODE_UNKNOWN");
  const base = `/${session.gemeente.slug}/sessies/${session.id}`;
  if (can(membership.role, "sessions.run")) {
    await release(attempt);
    return `/projectie/${session.gemeente.slug}/${session.id}`;
  }
  const invited = await db().sessionParticipant.count({ where: { sessionId: session.id, membershipId: membership.id, kind: "RAADSLID" } });
  if (!invited) throw new AppError("JOIN_CODE_UNKNOWN");
  await release(attempt);
  return `${base}/werkblad`;
}
