import "server-only";
import { isAppError } from "@/lib/errors";
import { loadActor } from "./membership";
import type { Actor, Permission } from "./permissions";
import { getSessionUser } from "./session";

type RouteParams<P> = P & { gemeente: string };

export type GemeenteRouteContext<P> = { actor: Actor; params: RouteParams<P>; request: Request };

/**
 * The builder every route handler under app/(app)/[gemeente] is made with
 * (`export const GET = gemeenteRoute(...)`). Route handlers are public URLs: they
 * authorise like actions. Signed out → 401; not a member with `permission`, or an
 * AppError from the body (unknown or malformed ids) → 404, in plain Dutch.
 */
export function gemeenteRoute<P extends Record<string, string> = Record<never, never>>(
  permission: Permission,
  body: (context: GemeenteRouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, { params }: { params: Promise<RouteParams<P>> }): Promise<Response> => {
    const resolved = await params;
    const user = await getSessionUser();
    if (!user) return new Response("Niet ingelogd", { status: 401 });
    try {
      return await body({ actor: await loadActor(user, resolved.gemeente, permission), params: resolved, request });
    } catch (error) {
      if (isAppError(error)) return notFoundResponse();
      throw error;
    }
  };
}

export const notFoundResponse = () => new Response("Niet gevonden", { status: 404 });
