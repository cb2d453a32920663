import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

/**
 * Loads a user's membership of the gemeente with this slug, and checks the
 * permission. A gemeente the user is not a member of is "not found", never
 * "forbidden": outsiders do not learn that it exists.
 */
export async function loadActor(userId: string, gemeenteSlug: string, permission: Permission = "gemeente.view"): Promise<Actor> {
  const membership = await db().membership.findFirst({
    where: { userId, gemeente: { slug: gemeenteSlug } },
    select: { id: true, role: true, gemeente: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  const actor: Actor = {
    userId,
    membershipId: membership.id,
    role: membership.role,
    gemeenteId: membership.gemeente.id,
    gemeenteSlug: membership.gemeente.slug,
    gemeenteName: membership.gemeente.name,
  };
  assertCan(actor, permission);
  return actor;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

/** All gemeenten a user belongs to, for the gemeente switcher and the start page. */
export async function listMyGemeenten(userId: string) {
  return db().membership.findMany({
    where: { userId },
    select: { role: true, gemeente: { select: { slug: true, name: true } } },
    orderBy: { gemeente: { name: "asc" } },
  });
}
