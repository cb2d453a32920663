import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import { endSignInSessions } from "@/lib/auth/sign-in-sessions";
import { can, rolesWith, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { detachAnswers } from "@/lib/privacy/detach-answers";

type Tx = Prisma.TransactionClient;

/** Scoped by gemeente in the where clause: another gemeente's membership is "not found". */
export async function findMembership(tx: Tx, actor: Actor, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, gemeenteId: actor.gemeenteId },
    select: { id: true, role: true, userId: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  return membership;
}

/** A gemeente must keep at least one beheerder, or nobody can manage its people. */
export async function assertNotLastBeheerder(tx: Tx, actor: Actor, role: Role) {
  // A gemeente keeps at least one member who can manage its members.
  if (!can(role, "members.manage")) return;
  const beheerders = await tx.membership.count({ where: { gemeenteId: actor.gemeenteId, role: { in: rolesWith("members.manage") } } });
  if (beheerders <= 1) throw new AppError("LAST_BEHEERDER");
}

export async function changeRole(actor: Actor, input: { membershipId: string; role: Role }) {
  assertCan(actor, "members.manage");
  await db().$transaction(async (tx) => {
    const membership = await findMembership(tx, actor, input.membershipId);
    if (membership.role === input.role) return;
    await assertNotLastBeheerder(tx, actor, membership.role);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAudit(tx, actor, {
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
export async function removeMember(actor: Actor, input: { membershipId: string }) {
  assertCan(actor, "members.manage");
  await db().$transaction(async (tx) => {
    const membership = await findMembership(tx, actor, input.membershipId);
    await assertNotLastBeheerder(tx, actor, membership.role);
    await detachAnswers(tx, membership.id);
    await tx.membership.delete({ where: { id: membership.id } });
    if ((await tx.membership.count({ where: { userId: membership.userId } })) === 0) await endSignInSessions(tx, membership.userId);
    await recordAudit(tx, actor, {
      action: "membership.remove",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role, userId: membership.userId },
    });
  });
}
