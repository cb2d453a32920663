import "server-only";
import crypto from "node:crypto";
import { db, type Prisma } from "@/lib/db";

/** How long a sign-in lasts, at most: the JWT's lifetime and its row's. */
export const SIGN_IN_MAX_AGE_S = 8 * 60 * 60;

/**
 * Sign-in sessions on the server. The JWT cookie alone would stay valid until it
 * expires, whatever happens; so each sign-in gets a row (table auth_session) whose
 * random id the JWT carries as `sid`, and a request counts as signed in only while
 * that row exists and has not expired (checked in the same query that loads the
 * memberships: lib/auth/membership.ts#accountOfSession). Deleting rows ends sessions.
 */
export async function startSignInSession(userId: string, now = new Date()): Promise<string> {
  const sid = crypto.randomBytes(32).toString("base64url");
  await db().$transaction([
    db().session.deleteMany({ where: { userId, expires: { lte: now } } }), // the user's expired rows go on the way
    db().session.create({ data: { sessionToken: sid, userId, expires: new Date(now.getTime() + SIGN_IN_MAX_AGE_S * 1000) } }),
  ]);
  return sid;
}

/** The filter of a live sign-in session with this id. */
export const liveSignInSession = (sid: string, now = new Date()) => ({ sessionToken: sid, expires: { gt: now } }) satisfies Prisma.SessionWhereInput;

export async function isSignInSessionLive(userId: string, sid: string): Promise<boolean> {
  return (await db().session.count({ where: { userId, ...liveSignInSession(sid) } })) > 0;
}

/** Signing out: this session ends. */
export async function endSignInSession(sid: string): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken: sid } });
}

/**
 * Ends all of a user's sign-in sessions (losing the last membership, erasure), or
 * all but `keep` (a password change keeps the session that made it), inside the
 * caller's transaction.
 */
export async function endSignInSessions(tx: Prisma.TransactionClient, userId: string, keep?: string): Promise<void> {
  await tx.session.deleteMany({ where: { userId, ...(keep ? { sessionToken: { not: keep } } : {}) } });
}
