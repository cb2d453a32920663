import "server-only";
import { db } from "@/lib/db";

/**
 * A sliding-window limit kept in PostgreSQL, so it holds across app instances.
 * `consume` checks and records an attempt atomically (a transaction-scoped
 * advisory lock per bucket and key, in one statement), so
 * parallel requests cannot all slip through before the first failure is written. Attempts older than the window
 * are deleted as new ones come in: client addresses are not kept past it.
 */
export type Limit = { bucket: string; max: number; windowMs: number };

/** Wrong passwords per e-mail address, on every path that checks one (lib/auth/check-password.ts). */
export const SIGN_IN_FAILURES: Limit = { bucket: "sign-in", max: 5, windowMs: 15 * 60 * 1000 };

/**
 * Wrong passwords per client address (lib/security/client-address.ts), whatever the
 * e-mail address: one client cannot try a password against many accounts. Roomier than
 * the per-address limit, as a council's office may share one address.
 */
export const SIGN_IN_CLIENT_FAILURES: Limit = { bucket: "sign-in-client", max: 30, windowMs: 15 * 60 * 1000 };

/**
 * "Wachtwoord vergeten" requests per e-mail address (lib/passwords/reset.ts): a few an hour,
 * so nobody can flood someone's mailbox with reset links, whether or not the address has an account.
 */
export const PASSWORD_RESET_REQUESTS: Limit = { bucket: "password-reset", max: 3, windowMs: 60 * 60 * 1000 };

/** "Wachtwoord vergeten" requests per client address, whatever the e-mail address. */
export const PASSWORD_RESET_CLIENT_REQUESTS: Limit = { bucket: "password-reset-client", max: 10, windowMs: 60 * 60 * 1000 };

/**
 * Records an attempt unless the window is full. Returns the attempt's id (to
 * `release` it when the attempt turns out fine), or null when limited.
 */
export async function consume(limit: Limit, key: string, now = new Date()): Promise<bigint | null> {
  const since = new Date(now.getTime() - limit.windowMs);
  // One statement, no interactive transaction: a crowd behind one address holds no pooled connection
  // across round trips. The advisory lock comes first; the count after it is a VOLATILE function
  // (migration 20261130124500), so it sees every attempt committed before the lock was granted.
  const [sinceTs, nowTs] = [since.toISOString(), now.toISOString()];
  const [row] = await db().$queryRaw<{ id: bigint }[]>`
    WITH locked AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext(${limit.bucket}), hashtext(${key}))::text AS token),
         purged AS (DELETE FROM rate_limit_hit WHERE bucket = ${limit.bucket} AND created_at <= (${sinceTs}::timestamptz AT TIME ZONE 'UTC'))
    INSERT INTO rate_limit_hit (bucket, key, created_at)
    SELECT ${limit.bucket}, ${key}, (${nowTs}::timestamptz AT TIME ZONE 'UTC') FROM locked
    WHERE rate_limit_hits(${limit.bucket}, ${key}, (${sinceTs}::timestamptz AT TIME ZONE 'UTC')::timestamp(3), locked.token) < ${limit.max}
    RETURNING id`;
  return row?.id ?? null;
}

/** Takes back one attempt that succeeded (it should not count against the person). */
export async function release(id: bigint): Promise<void> {
  await db().rateLimitHit.deleteMany({ where: { id } });
}

export async function isLimited(limit: Limit, key: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - limit.windowMs);
  const count = await db().rateLimitHit.count({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
  });
  return count >= limit.max;
}

export async function clear(limit: Limit, key: string): Promise<void> {
  await db().rateLimitHit.deleteMany({ where: { bucket: limit.bucket, key } });
}
