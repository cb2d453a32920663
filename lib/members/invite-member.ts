import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { command } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/outbox";
import type { InviteInput } from "@/lib/validation/members";
import { INVITATION_TTL_MS, hashToken, newInvitationToken } from "./tokens";

/**
 * Creates a single-use invitation and returns its token. Earlier open
 * invitations for the same address in this gemeente are revoked, so only the
 * newest link works. With `mail`, the invitation mail is put in the outbox in the
 * same transaction: an invitation without its mail (or the reverse) cannot exist.
 */
export async function inviteMember(actor: Actor, input: InviteInput, now = new Date(), mail?: (token: string) => Omit<OutgoingMail, "kind" | "gemeenteId" | "to">) {
  const token = newInvitationToken();
  const invitation = await command(actor, "members.manage", async ({ tx, audit }) => {
    const existing = await tx.membership.findFirst({ where: { gemeenteId: actor.gemeenteId, user: { email: input.email } }, select: { id: true } });
    if (existing) throw new AppError("ALREADY_MEMBER");
    await tx.invitation.updateMany({
      where: { gemeenteId: actor.gemeenteId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        gemeenteId: actor.gemeenteId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        invitedById: actor.userId,
      },
      select: { id: true, expiresAt: true },
    });
    await audit({
      action: "invitation.create",
      entityType: "Invitation",
      entityId: created.id,
      after: { email: input.email, role: input.role },
    });
    if (mail) await enqueueMail(tx, { ...mail(token), kind: "invitation", gemeenteId: actor.gemeenteId, to: input.email });
    return created;
  });
  return { ...invitation, token };
}
