import "server-only";
import { cache } from "react";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";
import { liveSignInSession } from "./sign-in-sessions";

const MEMBERSHIPS = {
  select: { id: true, role: true, gemeente: { select: { id: true, slug: true, name: true } } },
  orderBy: { gemeente: { name: "asc" } },
} as const satisfies Prisma.User$membershipsArgs;

/** A signed-in person with all their memberships and each membership's gemeente. */
export type Account = Prisma.UserGetPayload<{ select: { id: true; email: true; name: true; memberships: typeof MEMBERSHIPS } }>;

/**
 * The account behind a sign-in session, with all its memberships, in ONE
 * statement (relationJoins): null when that session was ended or has expired.
 * lib/auth/session.ts calls it once per request (React `cache`), so the layout,
 * generateMetadata, the page and the header share one query for who is signed
 * in, whether that sign-in still holds, and in which gemeenten with which role.
 */
export async function accountOfSession(userId: string, sid: string): Promise<Account | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, sessions: { where: liveSignInSession(sid), select: { id: true } }, memberships: MEMBERSHIPS },
  });
  if (!user || user.sessions.length === 0) return null;
  return { id: user.id, email: user.email, name: user.name, memberships: user.memberships };
}

/** The actor for (account, gemeente slug); the same object for the whole request, so per-request caches can key on it. */
const actorOf = cache((account: Account, gemeenteSlug: string): Actor | null => {
  const membership = account.memberships.find((m) => m.gemeente.slug === gemeenteSlug);
  if (!membership) return null;
  return {
    userId: account.id,
    membershipId: membership.id,
    role: membership.role,
    gemeenteId: membership.gemeente.id,
    gemeenteSlug: membership.gemeente.slug,
    gemeenteName: membership.gemeente.name,
  };
});

/**
 * The account's membership of the gemeente with this slug, with the permission
 * checked. A gemeente the user is not a member of is "not found", never
 * "forbidden": outsiders do not learn that it exists.
 */
export async function loadActor(account: Account, gemeenteSlug: string, permission: Permission = "gemeente.view"): Promise<Actor> {
  const actor = actorOf(account, gemeenteSlug);
  if (!actor) throw new AppError("NOT_FOUND");
  assertCan(actor, permission);
  return actor;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
}

/** All gemeenten the account belongs to, for the gemeente switcher and the start page. */
export function listMyGemeenten(account: Account) {
  return account.memberships.map((m) => ({ role: m.role, gemeente: { slug: m.gemeente.slug, name: m.gemeente.name } }));
}
