import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hit, isLimited, type Limit } from "@/lib/rate-limit";
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
  if (await isLimited(JOIN_ATTEMPTS, userId)) throw new AppError("RATE_LIMITED");
  const code = normaliseJoinCode(rawCode);
  const session =
    code.length === JOIN_CODE_LENGTH
      ? await db().councilSession.findFirst({
          where: { joinCode: code, status: "LIVE" },
          select: { id: true, gemeente: { select: { slug: true, memberships: { where: { userId }, select: { id: true, role: true } } } } },
        })
      : null;
  const membership = session?.gemeente.memberships[0];
  if (!session || !membership) {
    await hit(JOIN_ATTEMPTS, userId);
    throw new AppError("JOIN_CODE_UNKNOWN");
  }
  const base = `/${session.gemeente.slug}/sessies/${session.id}`;
  if (can(membership.role, "sessions.run")) return `/projectie/${session.gemeente.slug}/${session.id}`;
  const invited = await db().sessionParticipant.count({ where: { sessionId: session.id, membershipId: membership.id, kind: "RAADSLID" } });
  if (!invited) {
    await hit(JOIN_ATTEMPTS, userId);
    throw new AppError("JOIN_CODE_UNKNOWN");
  }
  return `${base}/werkblad`;
}
