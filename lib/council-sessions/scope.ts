import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The where clause every council-session query starts from: the actor's
 * gemeente, and for a raadslid only the sessions they are invited to.
 */
export function sessionScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  const scope: Prisma.CouncilSessionWhereInput = { gemeenteId: actor.gemeenteId };
  if (actor.role === "RAADSLID") scope.participants = { some: { membershipId: actor.membershipId } };
  return scope;
}
