import "server-only";
import { loadActor } from "@/lib/auth/membership";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

/**
 * For download routes: runs `body` with the caller's actor, or answers 401/404
 * in plain Dutch. Route handlers are public URLs: they authorise like actions.
 */
export async function withRouteActor(gemeente: string, permission: Permission, body: (actor: Actor) => Promise<Response>): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Niet ingelogd", { status: 401 });
  try {
    return await body(await loadActor(user, gemeente, permission));
  } catch (error) {
    if (isAppError(error)) return new Response("Niet gevonden", { status: 404 });
    throw error;
  }
}

export const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\w.-]+/g, "-")}"`;
