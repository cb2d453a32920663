import "server-only";
import crypto from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { endSignInSessions } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PASSWORD_RESET_CLIENT_REQUESTS, PASSWORD_RESET_REQUESTS, SIGN_IN_FAILURES, clear, consume } from "@/lib/rate-limit";

/** How long a reset link works: long enough to find the mail, short enough that an old mailbox is no key. */
export const RESET_TTL_MS = 60 * 60 * 1000;

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A link to send, or nothing: the caller answers the same either way (no account enumeration). */
export type ResetRequest = { status: "send"; email: string; token: string } | { status: "none" } | { status: "limited" };

/**
 * "Wachtwoord vergeten": for a person with an account and a membership, a new random
 * token (256 bits) whose SHA-256 hash is stored with an expiry; the caller mails the
 * link. Limited per address and per client BEFORE anything is looked up, so the limits
 * say nothing about whether the address exists. An unknown address gets no mail and
 * the same answer (the caller also sends the mail after answering, so it takes as long).
 */
export async function requestPasswordReset(email: string, client: string, now = new Date()): Promise<ResetRequest> {
  if ((await consume(PASSWORD_RESET_CLIENT_REQUESTS, client, now)) === null) return { status: "limited" };
  if ((await consume(PASSWORD_RESET_REQUESTS, email, now)) === null) return { status: "limited" };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, _count: { select: { memberships: true } } } });
  if (!user || user._count.memberships === 0) return { status: "none" };
  const token = crypto.randomBytes(32).toString("base64url");
  await db().passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) } });
  return { status: "send", email, token };
}

const usable = (token: string, now: Date) => ({ tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } });

/** Whether a reset link still works (the page shows the form or says it no longer works). */
export async function isResetUsable(token: string, now = new Date()): Promise<boolean> {
  return (await db().passwordReset.count({ where: usable(token, now) })) > 0;
}

/**
 * Sets a new password through a reset link. Single use: the link is claimed with a
 * conditional update, so two uses cannot both win. Every sign-in session of the person
 * ends (whoever knew the old password is out), their other reset links stop working,
 * and their failed sign-ins are forgiven; all in one transaction with its audit event.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<{ email: string }> {
  const reset = await db().passwordReset.findFirst({ where: usable(token, now), select: { id: true, userId: true } });
  if (!reset) throw new AppError("RESET_INVALID");
  const passwordHash = await hashPassword(newPassword);
  const { email } = await db().$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("RESET_INVALID");
    const user = await tx.user.update({ where: { id: reset.userId }, data: { passwordHash }, select: { email: true } });
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId, id: { not: reset.id } } });
    await endSignInSessions(tx, reset.userId);
    await recordAudit(tx, { userId: reset.userId, gemeenteId: null }, { action: "account.reset-password", entityType: "User", entityId: reset.userId });
    return user;
  });
  await clear(SIGN_IN_FAILURES, email);
  return { email };
}
