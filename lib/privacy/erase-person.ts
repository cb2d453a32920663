import "server-only";
import { endSignInSessions } from "@/lib/auth/sign-in-sessions";
import type { Actor } from "@/lib/auth/permissions";
import { command, exactlyOne, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { assertNotLastBeheerder, findMembership } from "@/lib/members/manage-membership";
import { detachAnswers } from "./detach-answers";

export type ErasureResult = { answersDetached: number; userDeleted: boolean };

/**
 * AVG erasure ("recht op vergetelheid") of one person in the actor's gemeente,
 * in one transaction:
 * - the membership goes, with session participation; their worksheet answers
 *   stay, detached from them, and keep counting (detach-answers.ts): deleting
 *   them would let anyone compare results before and after;
 * - cases they brought in stay, without author (they are the council's record of
 *   a signal from society, not data about the member);
 * - invitations to their address in this gemeente are deleted;
 * - audit events of this gemeente no longer point to them: actor cleared and
 *   their e-mail address / user id taken out of the recorded before/after;
 * - "last edited by" on preparation steps and "invited by" are cleared;
 * - all their sign-in sessions end, so an open browser of theirs is signed out;
 * - the account itself is deleted when they have no other gemeente (and with it
 *   their rate-limit counters); otherwise the other gemeenten keep it.
 * The erasure's own audit event records the membership id and role, no name.
 */
export function erasePerson(actor: Actor, input: { membershipId: string }): Promise<ErasureResult> {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    if (input.membershipId === actor.membershipId) throw new AppError("ERASE_SELF");
    const membership = await findMembership(tx, actor, input.membershipId);
    await assertNotLastBeheerder(tx, actor, membership.role);
    const user = await tx.user.findUniqueOrThrow({ where: { id: membership.userId }, select: { id: true, email: true } });

    const answersDetached = await detachAnswers(tx, membership.id);
    await tx.invitation.deleteMany({ where: { gemeenteId: actor.gemeenteId, email: user.email } });
    await tx.invitation.updateMany({ where: { gemeenteId: actor.gemeenteId, invitedById: user.id }, data: { invitedById: null } });
    await tx.preparationStep.updateMany({ where: { updatedById: user.id, session: { gemeenteId: actor.gemeenteId } }, data: { updatedById: null } });
    await scrubAudit(tx, actor.gemeenteId, user);
    exactlyOne(await tx.membership.deleteMany({ where: { id: membership.id, gemeenteId: actor.gemeenteId } }));
    await endSignInSessions(tx, user.id);

    const otherMemberships = await tx.membership.count({ where: { userId: user.id } });
    const userDeleted = otherMemberships === 0;
    if (userDeleted) {
      await tx.rateLimitHit.deleteMany({ where: { key: { in: [user.email, user.id] } } });
      // Only an account no gemeente holds any more: the condition is in the delete itself.
      exactlyOne(await tx.user.deleteMany({ where: { id: user.id, memberships: { none: {} } } }));
    }
    const result = { answersDetached, userDeleted };
    await audit({
      action: "privacy.erase",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role },
      after: result,
    });
    return result;
  });
}

/** This gemeente's audit trail keeps what happened, but no longer who this person was. */
async function scrubAudit(tx: Tx, gemeenteId: string, user: { id: string; email: string }) {
  await tx.auditEvent.updateMany({ where: { gemeenteId, actorId: user.id }, data: { actorId: null } });
  for (const [key, value] of [["email", user.email], ["userId", user.id]] as const) {
    await tx.$executeRaw`UPDATE audit_event SET "before" = "before" - ${key}::text WHERE gemeente_id = ${gemeenteId} AND "before" ->> ${key}::text = ${value}`;
    await tx.$executeRaw`UPDATE audit_event SET "after" = "after" - ${key}::text WHERE gemeente_id = ${gemeenteId} AND "after" ->> ${key}::text = ${value}`;
  }
}
