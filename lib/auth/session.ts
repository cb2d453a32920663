import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import { loadActor } from "./membership";
import { authOptions } from "./options";
import type { Actor, Permission } from "./permissions";

export type SessionUser = { id: string; email: string; name: string | null };

/** The one place that asks next-auth who is signed in; decoded once per request (React `cache`). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null };
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
  const user = await requireUser();
  try {
    return await loadActor(user.id, gemeenteSlug, permission);
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
}

/** For server actions: like requireActor, but throws AppError for the action's error handling. */
export async function actorForAction(gemeenteSlug: string, permission?: Permission): Promise<Actor> {
  const user = await getSessionUser();
  if (!user) redirect("/inloggen");
  return loadActor(user.id, gemeenteSlug, permission);
}
