import "server-only";
import { recordAudit } from "@/lib/audit";
import { checkPassword } from "@/lib/auth/check-password";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashToken } from "./tokens";

export type InvitationView = {
  email: string;
  role: string;
  gemeenteName: string;
  /** An existing account confirms with its password instead of choosing one. */
  accountExists: boolean;
};

async function findUsable(token: string, now: Date) {
  return db().invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, gemeenteId: true, gemeente: { select: { name: true, slug: true } } },
  });
}

/** What the invitation page shows; null when the link is unknown, used, revoked or expired. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const invitation = await findUsable(token, now);
  if (!invitation) return null;
  const user = await db().user.findUnique({ where: { email: invitation.email }, select: { passwordHash: true } });
  return {
    email: invitation.email,
    role: invitation.role,
    gemeenteName: invitation.gemeente.name,
    accountExists: Boolean(user?.passwordHash),
  };
}

/**
 * Accepts an invitation: a new person sets name and password; someone who already
 * has an account proves it with their password (the link alone must not let
 * whoever holds it take over an existing account). That password is checked like
 * a sign-in, sharing its limits per address and per `client` (lib/auth/check-password.ts):
 * an invitation is no way around a locked sign-in. Single use: the invitation
 * is claimed with a conditional update, so two simultaneous uses cannot both win.
 */
export async function acceptInvitation(
  input: { token: string; name?: string; password: string },
  client: string,
  now = new Date(),
): Promise<{ email: string; gemeenteSlug: string }> {
  const invitation = await findUsable(input.token, now);
  if (!invitation) throw new AppError("INVITATION_INVALID");
  const existing = await db().user.findUnique({
    where: { email: invitation.email },
    select: { id: true, passwordHash: true },
  });
  if (existing?.passwordHash) {
    const check = await checkPassword(invitation.email, input.password, client);
    if (check.status === "limited") throw new AppError("PASSWORD_LIMITED");
    if (check.status === "wrong") throw new AppError("INVITATION_WRONG_PASSWORD");
  }
  if (!existing?.passwordHash && !input.name) throw new AppError("INVALID");
  const passwordHash = existing?.passwordHash ? undefined : await hashPassword(input.password);

  return db().$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("INVITATION_INVALID");

    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: passwordHash ? { name: input.name, passwordHash } : {},
          select: { id: true },
        })
      : await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash }, select: { id: true } });

    const already = await tx.membership.findUnique({
      where: { userId_gemeenteId: { userId: user.id, gemeenteId: invitation.gemeenteId } },
    });
    if (already) throw new AppError("ALREADY_MEMBER");
    const membership = await tx.membership.create({
      data: { userId: user.id, gemeenteId: invitation.gemeenteId, role: invitation.role },
    });
    await recordAudit(tx, { userId: user.id, gemeenteId: invitation.gemeenteId }, {
      action: "invitation.accept",
      entityType: "Membership",
      entityId: membership.id,
      after: { role: invitation.role, invitationId: invitation.id },
    });
    return { email: invitation.email, gemeenteSlug: invitation.gemeente.slug };
  });
}
