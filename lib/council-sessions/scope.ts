import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which of the gemeente's sessions an actor may see and act on: all of them
 * for a griffier or beheerder; for a raadslid only the sessions they are
 * invited to; for a facilitator only the sessions they facilitate (nothing of
 * the others: not their results, exports or controls). Null: every session.
 */
function participation(actor: Actor): { kind?: "FACILITATOR" } | null {
  if (actor.role === "RAADSLID") return {};
  if (actor.role === "FACILITATOR") return { kind: "FACILITATOR" };
  return null;
}

/** The where clause every council-session query starts from (Prisma). */
export function sessionScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  const scope: Prisma.CouncilSessionWhereInput = { gemeenteId: actor.gemeenteId };
  const needed = participation(actor);
  if (needed) scope.participants = { some: { membershipId: actor.membershipId, ...needed } };
  return scope;
}

/** The same scope as an SQL condition on the council_session alias `s` (for raw queries such as search). */
export function sessionScopeSql(actor: Actor): Prisma.Sql {
  const needed = participation(actor);
  if (!needed) return Prisma.sql`s.gemeente_id = ${actor.gemeenteId}`;
  const kind = needed.kind ? Prisma.sql`AND p.kind::text = ${needed.kind}` : Prisma.empty;
  return Prisma.sql`s.gemeente_id = ${actor.gemeenteId} AND EXISTS (
    SELECT 1 FROM session_participant p WHERE p.session_id = s.id AND p.membership_id = ${actor.membershipId} ${kind})`;
}
