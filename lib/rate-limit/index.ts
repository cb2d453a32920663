import "server-only";
import { db } from "@/lib/db";

/**
 * A sliding-window limit kept in PostgreSQL, so it holds across app instances.
 * `hit` records an attempt; `isLimited` asks whether the window is full.
 */
export type Limit = { bucket: string; max: number; windowMs: number };

export const SIGN_IN_FAILURES: Limit = { bucket: "sign-in", max: 5, windowMs: 15 * 60 * 1000 };

export async function isLimited(limit: Limit, key: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - limit.windowMs);
  const count = await db().rateLimitHit.count({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
  });
  return count >= limit.max;
}

export async function hit(limit: Limit, key: string): Promise<void> {
  await db().rateLimitHit.create({ data: { bucket: limit.bucket, key } });
}

export async function clear(limit: Limit, key: string): Promise<void> {
  await db().rateLimitHit.deleteMany({ where: { bucket: limit.bucket, key } });
}
