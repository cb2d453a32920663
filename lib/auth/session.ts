import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { cache } from "react";
import { authSecret, secureCookies } from "@/lib/env";
import { orNotFound } from "@/lib/not-found";
import { accountOfSession, loadActor, type Account } from "./membership";
import type { Actor, Permission } from "./permissions";

/** Who is signed in, and through which sign-in session (`sid`, e.g. to keep it when changing the password). */
export type SessionUser = Account & { sid: string };

/**
 * The one place that asks who is signed in, once per request (React `cache`):
 * the session cookie's JWT is decrypted here (no database), then ONE query loads
 * the account with its memberships, only while the JWT's sign-in session still
 * exists on the server (lib/auth/sign-in-sessions.ts). A cookie kept after signing
 * out, a password change, losing the last membership or erasure opens nothing.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Only the cookies are handed over: getToken would also take a bearer token from an Authorization header.
  const req = new NextRequest("http://beraad.invalid/", { headers: { cookie: (await headers()).get("cookie") ?? "" } });
  const token = await getToken({ req, secret: authSecret(), secureCookie: secureCookies() });
  if (!token?.sub || !token.sid) return null;
  const account = await accountOfSession(token.sub, token.sid);
  return account && { ...account, sid: token.sid };
});

/** For pages: the signed-in user, or a redirect to the sign-in page (and back to `returnTo` after). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/inloggen?terug=${encodeURIComponent(returnTo)}` : "/inloggen");
  return user;
}

/**
 * For pages: the caller's membership of the gemeente in the URL with this
 * permission. Anything else renders "niet gevonden".
 */
export async function requireActor(gemeenteSlug: string, permission?: Permission): Promise<Actor> {
  return orNotFound(loadActor(await requireUser(), gemeenteSlug, permission));
}

/** For the action builders only (lib/auth/gemeente-action.ts): like requireActor, but throws AppError for the action's error handling. */
export async function actorForAction(gemeenteSlug: string, permission?: Permission): Promise<Actor> {
  const user = await getSessionUser();
  if (!user) redirect("/inloggen");
  return loadActor(user, gemeenteSlug, permission);
}
