import "server-only";
import type { RsvpAnswer } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readRsvpToken } from "./rsvp-token";

/**
 * The invitation an RSVP link stands for, or null: a well-signed token of a participant who
 * is still invited to a session that is not archived and has not ended.
 */
async function invitationOf(token: string, secret: string | undefined) {
  const claim = secret ? readRsvpToken(token, secret) : null;
  if (!claim) return null;
  const participant = await db().sessionParticipant.findFirst({
    where: { sessionId: claim.sessionId, membershipId: claim.membershipId, session: { archivedAt: null, status: { in: ["CONCEPT", "VOORBEREID", "LIVE"] } } },
    select: {
      membership: { select: { id: true, user: { select: { name: true, email: true } } } },
      session: { select: { id: true, title: true, startsAt: true, location: true, gemeente: { select: { name: true } } } },
    },
  });
  return participant ? { ...claim, participant } : null;
}

/** What the RSVP page shows: the session, who it is for, and the answer given so far. */
export async function viewRsvp(token: string, secret = authSecret()) {
  const invitation = await invitationOf(token, secret);
  if (!invitation) return null;
  const { session, membership } = invitation.participant;
  const current = await db().sessionRsvp.findUnique({ where: { sessionId_membershipId: { sessionId: session.id, membershipId: membership.id } }, select: { answer: true } });
  return { title: session.title, startsAt: session.startsAt, location: session.location, gemeenteName: session.gemeente.name, name: membership.user.name ?? membership.user.email, answer: current?.answer ?? null };
}

/**
 * Records the answer (komt / komt niet / misschien), replacing an earlier one. The signed
 * link is the credential, for this one answer of this one person: no sign-in needed.
 */
export async function answerRsvp(token: string, answer: RsvpAnswer, { secret = authSecret(), now = new Date() } = {}) {
  const invitation = await invitationOf(token, secret);
  if (!invitation) throw new AppError("RSVP_INVALID");
  await db().sessionRsvp.upsert({
    where: { sessionId_membershipId: { sessionId: invitation.sessionId, membershipId: invitation.membershipId } },
    create: { sessionId: invitation.sessionId, membershipId: invitation.membershipId, answer, answeredAt: now },
    update: { answer, answeredAt: now },
  });
  return { answer };
}
