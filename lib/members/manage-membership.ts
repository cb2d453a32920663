import "server-only";
import { endSignInSessions } from "@/lib/auth/sign-in-sessions";
import { can, rolesWith, type Actor } from "@/lib/auth/permissions";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { detachAnswers } from "@/lib/privacy/detach-answers";

/** A membership of the actor's gemeente: every read and write of one carries it. */
const membershipScope = (actor: Actor, membershipId: string) => ({ id: membershipId, gemeenteId: actor.gemeenteId });

/** Scoped by gemeente in the where clause: another gemeente's membership is "not found". */
export async function findMembership(tx: Tx, actor: Actor, membershipId: string) {
  return found(await tx.membership.findFirst({ where: membershipScope(actor, membershipId), select: { id: true, role: true, userId: true } }));
}

/** A gemeente must keep at least one beheerder, or nobody can manage its people. */
export async function assertNotLastBeheerder(tx: Tx, actor: Actor, role: Role) {
  // A gemeente keeps at least one member who can manage its members.
  if (!can(role, "members.manage")) return;
  const beheerders = await tx.membership.count({ where: { gemeenteId: actor.gemeenteId, role: { in: rolesWith("members.manage") } } });
  if (beheerders <= 1) throw new AppError("LAST_BEHEERDER");
}

export function changeRole(actor: Actor, input: { membershipId: string; role: Role }) {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const membership = await findMembership(tx, actor, input.membershipId);
    if (membership.role === input.role) return;
    await assertNotLastBeheerder(tx, actor, membership.role);
    exactlyOne(await tx.membership.updateMany({ where: membershipScope(actor, membership.id), data: { role: input.role } }));
    await audit({
      action: "membership.change-role",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role },
      after: { role: input.role },
    });
  });
}

/**
 * Ends a membership; the account stays. Their worksheet answers stay,
 * detached, open worksheets included, so no result changes by one person's
 * answers (docs/privacy.md). Was it their last membership, their
 * sign-in sessions end too: nothing is left they should be signed in for.
 * For erasing a person's data see lib/privacy/erase-person.ts.
 */
export function removeMember(actor: Actor, input: { membershipId: string }) {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const membership = await findMembership(tx, actor, input.membershipId);
    await assertNotLastBeheerder(tx, actor, membership.role);
    await detachAnswers(tx, membership.id);
    exactlyOne(await tx.membership.deleteMany({ where: membershipScope(actor, membership.id) }));
    if ((await tx.membership.count({ where: { userId: membership.userId } })) === 0) await endSignInSessions(tx, membership.userId);
    await audit({
      action: "membership.remove",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role, userId: membership.userId },
    });
  });
}
