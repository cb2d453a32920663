import "server-only";
import { db } from "@/lib/db";

export type ReportAttendance = {
  /** Everyone invited (facilitators and raadsleden), with their answer to the invitation; null: none. */
  people: { name: string; kind: "FACILITATOR" | "RAADSLID"; answer: "KOMT" | "KOMT_NIET" | "MISSCHIEN" | null }[];
  /** Guests who joined by code while live, per group they chose. */
  guests: { group: string; count: number }[];
};

/**
 * Who was asked and who answered, and who joined as a guest: the verslag's
 * attendance list. Only for a session the caller already read in the verslag's
 * scope (reportModel), so it takes the session id as found there.
 */
export async function reportAttendance(sessionId: string): Promise<ReportAttendance> {
  const [session, guests] = await Promise.all([
    db().councilSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: {
        participants: { select: { kind: true, membershipId: true, membership: { select: { user: { select: { name: true, email: true } } } } } },
        rsvps: { select: { membershipId: true, answer: true } },
      },
    }),
    db().guest.groupBy({ by: ["group"], where: { sessionId, worksheetId: null }, _count: { _all: true }, orderBy: { group: "asc" } }),
  ]);
  const answers = new Map(session.rsvps.map((r) => [r.membershipId, r.answer]));
  // A facilitator who is also invited as raadslid is listed once, as facilitator.
  const byMember = new Map<string, ReportAttendance["people"][number]>();
  for (const p of [...session.participants].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "FACILITATOR" ? -1 : 1))) {
    if (!byMember.has(p.membershipId)) byMember.set(p.membershipId, { name: p.membership.user.name ?? p.membership.user.email, kind: p.kind, answer: answers.get(p.membershipId) ?? null });
  }
  const people = [...byMember.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "nl") : a.kind === "FACILITATOR" ? -1 : 1));
  return { people, guests: guests.map((g) => ({ group: g.group, count: g._count._all })) };
}
