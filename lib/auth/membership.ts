import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

/**
 * All of a user's memberships with their gemeente, in one query, memoised for
 * the request (React `cache`): the layout, generateMetadata and the page each
 * ask for the actor, and the header for the other gemeenten, without another
 * round trip. Outside a React render (route handlers, actions, tests) every
 * call queries afresh.
 */
const membershipsOf = cache((userId: string) =>
  db().membership.findMany({
    where: { userId },
    select: { id: true, role: true, gemeente: { select: { id: true, slug: true, name: true } } },
    orderBy: { gemeente: { name: "asc" } },
  }),
);

/** The actor for (user, gemeente slug); the same object for the whole request, so per-request caches can key on it. */
const actorOf = cache(async (userId: string, gemeenteSlug: string): Promise<Actor | null> => {
  const membership = (await membershipsOf(userId)).find((m) => m.gemeente.slug === gemeenteSlug);
  if (!membership) return null;
  return {
    userId,
    membershipId: membership.id,
    role: membership.role,
    gemeenteId: membership.gemeente.id,
    gemeenteSlug: membership.gemeente.slug,
    gemeenteName: membership.gemeente.name,
  };
});

/**
 * Loads a user's membership of the gemeente with this slug, and checks the
 * permission. A gemeente the user is not a member of is "not found", never
 * "forbidden": outsiders do not learn that it exists.
 */
export async function loadActor(userId: string, gemeenteSlug: string, permission: Permission = "gemeente.view"): Promise<Actor> {
  const actor = await actorOf(userId, gemeenteSlug);
  if (!actor) throw new AppError("NOT_FOUND");
  assertCan(actor, permission);
  return actor;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

/** All gemeenten a user belongs to, for the gemeente switcher and the start page. */
export async function listMyGemeenten(userId: string) {
  return (await membershipsOf(userId)).map((m) => ({ role: m.role, gemeente: { slug: m.gemeente.slug, name: m.gemeente.name } }));
}
