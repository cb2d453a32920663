import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkPassword } from "./check-password";
import { hashPassword } from "./password";
import { endSignInSessions } from "./sign-in-sessions";

/**
 * Changes a signed-in person's password: the domain half of a "wachtwoord wijzigen"
 * form (lib/passwords/actions.ts validates the new one with newPasswordSchema and passes the
 * caller's SessionUser and currentClientAddress()). The current password is checked
 * like a sign-in, with the same limits. Every OTHER sign-in session of theirs ends,
 * so whoever signed in with the old password is out; the session making the change stays.
 */
export async function changePassword(
  who: { id: string; email: string; sid: string },
  input: { currentPassword: string; newPassword: string },
  client: string,
): Promise<void> {
  const check = await checkPassword(who.email, input.currentPassword, client);
  if (check.status === "limited") throw new AppError("PASSWORD_LIMITED");
  if (check.status === "wrong" || check.user.id !== who.id) throw new AppError("WRONG_PASSWORD");
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: who.id }, data: { passwordHash } });
    await endSignInSessions(tx, who.id, who.sid);
    await tx.passwordReset.deleteMany({ where: { userId: who.id } }); // a reset link sent earlier must not undo this
    await recordAudit(tx, { userId: who.id, gemeenteId: null }, { action: "account.change-password", entityType: "User", entityId: who.id });
  });
}
