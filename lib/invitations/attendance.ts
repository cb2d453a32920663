import "server-only";
import { sessionScope } from "@/lib/auth/policy";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Whether this role sees a session's invitation and attendance (griffier, beheerder, facilitator). */
export const seesAttendance = (actor: Actor) => can(actor.role, "sessions.prepare") || can(actor.role, "sessions.run");

/**
 * The session's attendance list: every participant with their answer (or none yet), and
 * when the invitation was last sent. For those who prepare or run the session.
 */
export async function sessionAttendance(actor: Actor, sessionId: string) {
  if (!seesAttendance(actor)) throw new AppError("FORBIDDEN");
  const session = await db().councilSession.findFirst({
    where: { id: sessionId, ...sessionScope(actor) },
    select: {
      invitationsSentAt: true,
      participants: { select: { kind: true, membership: { select: { id: true, user: { select: { name: true, email: true } } } } } },
      rsvps: { select: { membershipId: true, answer: true, answeredAt: true } },
    },
  });
  if (!session) throw new AppError("NOT_FOUND");
  return attendanceOf({ ...session, participants: session.participants.map((p) => ({ kind: p.kind, membershipId: p.membership.id, membership: p.membership })) });
}

/** The attendance list from the session's participants and answers (also selected by the overview's one read). */
export function attendanceOf<K extends string, A extends string>(session: {
  invitationsSentAt: Date | null;
  participants: { kind: K; membershipId: string; membership: { user: { name: string | null; email: string } } }[];
  rsvps: { membershipId: string; answer: A }[];
}) {
  const answers = new Map(session.rsvps.map((r) => [r.membershipId, r]));
  const people = [...new Map(session.participants.map((p) => [p.membershipId, p])).values()]
    .map((p) => ({ membershipId: p.membershipId, name: p.membership.user.name ?? p.membership.user.email, kind: p.kind, answer: answers.get(p.membershipId)?.answer ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const count = (answer: string | null) => people.filter((p) => p.answer === answer).length;
  return { invitationsSentAt: session.invitationsSentAt, people, totals: { komt: count("KOMT"), niet: count("KOMT_NIET"), misschien: count("MISSCHIEN"), open: count(null) } };
}
