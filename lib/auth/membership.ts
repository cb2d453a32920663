import "server-only";
import { cache } from "react";
import { db, type Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

/** A signed-in person with all their memberships (by gemeente name) and each membership's gemeente. */
export type Account = {
  id: string;
  email: string;
  name: string | null;
  memberships: { id: string; role: Role; gemeente: { id: string; slug: string; name: string } }[];
};

/**
 * The account behind a sign-in session, with all its memberships, in ONE
 * statement: null when that session was ended or has expired.
 * lib/auth/session.ts calls it once per request (React `cache`), so the layout,
 * generateMetadata, the page and the header share one query for who is signed
 * in, whether that sign-in still holds, and in which gemeenten with which role.
 *
 * Plain SQL, because it runs on every signed-in request and every server action:
 * the same read through Prisma's query builder cost ~2 ms of server CPU (its
 * query compiler), this one ~0.3 ms (docs/quality.md, "the session check").
 * `expires` is a UTC timestamp without zone (Prisma's DateTime), hence the
 * comparison with now() in UTC, whatever the database server's time zone.
 */
export async function accountOfSession(userId: string, sid: string): Promise<Account | null> {
  const [account] = await db().$queryRaw<Account[]>`
    SELECT u.id, u.email, u.name,
      COALESCE((
        SELECT json_agg(json_build_object('id', m.id, 'role', m.role, 'gemeente', json_build_object('id', g.id, 'slug', g.slug, 'name', g.name)) ORDER BY g.name, g.id)
        FROM membership m JOIN gemeente g ON g.id = m.gemeente_id
        WHERE m.user_id = u.id
      ), '[]'::json) AS memberships
    FROM "user" u
    WHERE u.id = ${userId}
      AND EXISTS (SELECT 1 FROM auth_session s WHERE s.user_id = u.id AND s.session_token = ${sid} AND s.expires > (now() AT TIME ZONE 'UTC'))`;
  return account ?? null;
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
