import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, t=2), OWASP's recommended floor.
export const hashPassword = (password: string) => hash(password);

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. Without a stored hash it still verifies against a dummy,
 * so an unknown e-mail address takes as long as a wrong password.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash("no account has this password");
  const target = passwordHash ?? (await dummyHash);
  try {
    return (await verify(target, password)) && Boolean(passwordHash);
  } catch {
    return false;
  }
}
