
export type ReportAttendance = {
  /** Everyone invited (facilitators and raadsleden), with their answer to the invitation; null: none. */
  people: { name: string; kind: "FACILITATOR" | "RAADSLID"; answer: "KOMT" | "KOMT_NIET" | "MISSCHIEN" | null }[];
  /** Guests who joined by code while live, per group they chose. */
  guests: { group: string; count: number }[];
};

/**
 * Who was asked and who answered, and who joined as a guest: the verslag's
 * attendance list, from the rows the verslag's own read selected (reportModel,
 * lib/council-sessions/get-session.ts): participants, answers to the invitation,
 * and each guest's group only.
 */
export function reportAttendanceOf(session: {
  participants: { kind: "FACILITATOR" | "RAADSLID"; membershipId: string; membership: { user: { name: string | null; email: string } } }[];
  rsvps: { membershipId: string; answer: "KOMT" | "KOMT_NIET" | "MISSCHIEN" }[];
  guests: { group: string }[];
}): ReportAttendance {
  const answers = new Map(session.rsvps.map((r) => [r.membershipId, r.answer]));
  // A facilitator who is also invited as raadslid is listed once, as facilitator.
  const byMember = new Map<string, ReportAttendance["people"][number]>();
  for (const p of [...session.participants].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "FACILITATOR" ? -1 : 1))) {
    if (!byMember.has(p.membershipId)) byMember.set(p.membershipId, { name: p.membership.user.name ?? p.membership.user.email, kind: p.kind, answer: answers.get(p.membershipId) ?? null });
  }
  const people = [...byMember.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "nl") : a.kind === "FACILITATOR" ? -1 : 1));
  const perGroup = new Map<string, number>();
  for (const g of session.guests) perGroup.set(g.group, (perGroup.get(g.group) ?? 0) + 1);
  const guests = [...perGroup].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([group, count]) => ({ group, count }));
  return { people, guests };
}
