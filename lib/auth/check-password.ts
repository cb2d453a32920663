import "server-only";
import { db } from "@/lib/db";
import { SIGN_IN_CLIENT_FAILURES, SIGN_IN_FAILURES, clear, consume, release } from "@/lib/rate-limit";
import { verifyPassword } from "./password";

export type PasswordCheck =
  | { status: "ok"; user: { id: string; email: string; name: string | null } }
  | { status: "wrong" }
  /** The address or the client has had too many wrong passwords: not checked at all. */
  | { status: "limited" };

/**
 * The one way a password is checked (sign-in, accepting an invitation with an
 * existing account, changing a password), so every path shares the same limits.
 * The attempt counts against the client and against the e-mail address BEFORE
 * the password is checked, so parallel guesses are limited too; while either
 * is full, even the right password is refused. A right password clears the
 * address's failures and takes back this one attempt of the client (not its
 * earlier failures: signing in to one's own account must not reset a guesser).
 */
export async function checkPassword(email: string, password: string, client: string): Promise<PasswordCheck> {
  const clientAttempt = await consume(SIGN_IN_CLIENT_FAILURES, client);
  if (clientAttempt === null) return { status: "limited" };
  if ((await consume(SIGN_IN_FAILURES, email)) === null) return { status: "limited" };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  // Verified even without an account (against a dummy hash): an unknown address takes as long.
  const right = await verifyPassword(user?.passwordHash, password);
  if (!user || !right) return { status: "wrong" };
  await clear(SIGN_IN_FAILURES, email);
  await release(clientAttempt);
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}
