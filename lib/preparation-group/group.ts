import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { PREPARATION_GROUP_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { command, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";

/**
 * The preparation group of one session: raadsleden of the gemeente the griffier
 * invited as co-preparers. They may edit that session's steps (lib/auth/policy.ts,
 * canEditStepsOf / stepEditScope) and can be made owner of a step.
 */
export async function preparationGroup(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.prepare");
  const session = found(
    await db().councilSession.findFirst({
      where: { id: sessionId, gemeenteId: actor.gemeenteId },
      select: { preparers: { select: { membershipId: true } } },
    }),
  );
  const candidates = await db().membership.findMany({
    where: { gemeenteId: actor.gemeenteId, role: { in: [...PREPARATION_GROUP_ROLES] } },
    select: { id: true, user: { select: { name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return {
    memberIds: session.preparers.map((p) => p.membershipId),
    candidates: candidates.map((m) => ({ id: m.id, name: m.user.name ?? m.user.email })),
  };
}

/**
 * Sets the group to exactly `membershipIds`: raadsleden of the actor's gemeente only.
 * Joining the group invites them to the session as well (so they reach it); leaving
 * it keeps the invitation, and a step they own keeps its owner until the plan changes.
 */
export function setPreparationGroup(actor: Actor, sessionId: string, membershipIds: string[]) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const session = found(await tx.councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { id: true, preparers: { select: { membershipId: true } } } }));
    const wanted = [...new Set(membershipIds)];
    const members = await tx.membership.count({ where: { id: { in: wanted }, gemeenteId: actor.gemeenteId, role: { in: [...PREPARATION_GROUP_ROLES] } } });
    if (members !== wanted.length) throw new AppError("INVALID");
    const before = session.preparers.map((p) => p.membershipId);
    await tx.sessionPreparer.deleteMany({ where: { sessionId, session: { gemeenteId: actor.gemeenteId }, membershipId: { notIn: wanted } } });
    await tx.sessionPreparer.createMany({ data: wanted.map((membershipId) => ({ sessionId, membershipId })), skipDuplicates: true });
    await tx.sessionParticipant.createMany({ data: wanted.map((membershipId) => ({ sessionId, membershipId, kind: "RAADSLID" as const })), skipDuplicates: true });
    await audit({ action: "preparation-group.set", entityType: "CouncilSession", entityId: sessionId, before: { members: before }, after: { members: wanted } });
  });
}
