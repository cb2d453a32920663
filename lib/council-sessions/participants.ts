import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { PARTICIPANT_ROLES } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** People of the gemeente who can be chosen as facilitator or invited as raadslid. */
export async function listSessionCandidates(actor: Actor) {
  const members = await db().membership.findMany({
    where: { gemeenteId: actor.gemeenteId, role: { in: [...PARTICIPANT_ROLES.FACILITATOR, ...PARTICIPANT_ROLES.RAADSLID] } },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const toOption = (m: (typeof members)[number]) => ({ id: m.id, name: m.user.name ?? m.user.email });
  return {
    facilitators: members.filter((m) => PARTICIPANT_ROLES.FACILITATOR.includes(m.role)).map(toOption),
    raadsleden: members.filter((m) => PARTICIPANT_ROLES.RAADSLID.includes(m.role)).map(toOption),
  };
}

/**
 * Checks that the chosen people are members of the actor's gemeente with a
 * fitting role, and returns the participant rows to write.
 */
export async function participantRows(
  tx: Prisma.TransactionClient,
  actor: Actor,
  facilitatorIds: string[],
  inviteeIds: string[],
) {
  const wanted = [...new Set([...facilitatorIds, ...inviteeIds])];
  const found = await tx.membership.findMany({
    where: { id: { in: wanted }, gemeenteId: actor.gemeenteId },
    select: { id: true, role: true },
  });
  const roleOf = new Map(found.map((m) => [m.id, m.role]));
  const facilitatorOk = facilitatorIds.every((id) => ["FACILITATOR", "GRIFFIER"].includes(roleOf.get(id) ?? ""));
  const inviteeOk = inviteeIds.every((id) => roleOf.get(id) === "RAADSLID");
  if (!facilitatorOk || !inviteeOk) throw new AppError("INVALID");
  return [
    ...[...new Set(facilitatorIds)].map((membershipId) => ({ membershipId, kind: "FACILITATOR" as const })),
    ...[...new Set(inviteeIds)].map((membershipId) => ({ membershipId, kind: "RAADSLID" as const })),
  ];
}
