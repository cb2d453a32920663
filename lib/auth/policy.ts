import type { ParticipantKind, Role, SessionStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { nextStatuses } from "@/lib/council-sessions/lifecycle";
import type { ShareablePart } from "@/lib/council-sessions/sharing";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The visibility policy: what a role may see of the gemeente's sessions. With
 * `can()` (permissions.ts) this is the only place that looks at a role; a lint
 * rule (eslint.config.mjs) keeps role comparisons out of everything else.
 */

/**
 * Which sessions an actor reaches: a griffier or beheerder all of the gemeente's;
 * a raadslid those they are invited to; a facilitator those they facilitate
 * (nothing of the others: not their results, exports or controls).
 */
function participationNeeded(role: Role): { kind?: ParticipantKind } | null {
  if (role === "RAADSLID") return {};
  if (role === "FACILITATOR") return { kind: "FACILITATOR" };
  return null;
}

/** Whether the actor sees only the sessions they take part in (for wording such as "my sessions"). */
export const reachesOwnSessionsOnly = (role: Role) => participationNeeded(role) !== null;

/** The where clause every council-session query starts from (Prisma). */
export function sessionScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  const scope: Prisma.CouncilSessionWhereInput = { gemeenteId: actor.gemeenteId };
  const needed = participationNeeded(actor.role);
  if (needed) scope.participants = { some: { membershipId: actor.membershipId, ...needed } };
  return scope;
}

/** The same scope as an SQL condition on the council_session alias `s` (for raw queries such as search). */
export function sessionScopeSql(actor: Actor): Prisma.Sql {
  const needed = participationNeeded(actor.role);
  if (!needed) return Prisma.sql`s.gemeente_id = ${actor.gemeenteId}`;
  const kind = needed.kind ? Prisma.sql`AND p.kind::text = ${needed.kind}` : Prisma.empty;
  return Prisma.sql`s.gemeente_id = ${actor.gemeenteId} AND EXISTS (
    SELECT 1 FROM session_participant p WHERE p.session_id = s.id AND p.membership_id = ${actor.membershipId} ${kind})`;
}

/** Whether this role sees the ten steps themselves (the working material). */
export const canSeeSteps = (role: Role) => role !== "RAADSLID";

/**
 * The preparation group: raadsleden the griffier invites to co-prepare one session
 * (joining the group invites them to the session too, so they reach it through
 * sessionScope). They may edit that session's steps — not its settings, not other
 * sessions — and so see its steps too. Who prepares every session needs no group.
 */
export const PREPARATION_GROUP_ROLES: readonly Role[] = ["RAADSLID"];
const inPreparationGroup = (role: Role) => PREPARATION_GROUP_ROLES.includes(role);

/** Whether the actor may edit the steps of a session whose preparation group is `preparerIds` (membership ids). */
export function canEditStepsOf(actor: Actor, preparerIds: readonly string[]): boolean {
  return can(actor.role, "sessions.prepare") || (inPreparationGroup(actor.role) && preparerIds.includes(actor.membershipId));
}

/** Whether the actor sees the ten steps of that session: by role, or as one of its preparation group. */
export const canSeeStepsOf = (actor: Actor, preparerIds: readonly string[]) => canSeeSteps(actor.role) || canEditStepsOf(actor, preparerIds);

/** The sessions whose steps the actor may edit, as the where clause of the step write itself. */
export function stepEditScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  if (can(actor.role, "sessions.prepare")) return { gemeenteId: actor.gemeenteId };
  if (inPreparationGroup(actor.role)) return { ...sessionScope(actor), preparers: { some: { membershipId: actor.membershipId } } };
  return { gemeenteId: actor.gemeenteId, id: { in: [] } };
}

/** Whether this role sees a part of the preparation: preparers and facilitators all, raadsleden what is shared. */
export function canSeePart(role: Role, sharedParts: readonly string[], part: ShareablePart): boolean {
  return canSeeSteps(role) || sharedParts.includes(part);
}

/**
 * Which sessions' learning an actor reads. Preparers and facilitators read every
 * session of the gemeente. A raadslid reads the sessions whose evaluation the
 * griffier shared — also those of an earlier council they were not invited to,
 * because passing on what was learned is the point of that page.
 */
export function learningScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  return canSeeSteps(actor.role) ? { gemeenteId: actor.gemeenteId } : { gemeenteId: actor.gemeenteId, sharedParts: { has: "EVALUATION" } };
}

/**
 * Which sessions' verslag an actor reads. Those who review a session (the
 * griffier, its facilitator) read it at any time, in their session scope. Every
 * other member of the gemeente — raadsleden above all, also those not invited —
 * reads it only once the griffier shared it ("REPORT" among the shared parts),
 * never before.
 */
export function reportScope(actor: Actor): Prisma.CouncilSessionWhereInput {
  return can(actor.role, "sessions.review") ? sessionScope(actor) : { gemeenteId: actor.gemeenteId, sharedParts: { has: "REPORT" } };
}

/** Whether the actor reads the verslag as its reviewer (with the names of a named worksheet) rather than as a reader of a shared one. */
export const readsReportAsReviewer = (actor: Actor) => can(actor.role, "sessions.review");

/** Whether the learning page may link to a session: a raadslid only to one they were invited to. */
export const canOpenFromLearning = (role: Role, takesPart: boolean) => canSeeSteps(role) || takesPart;

/** Which start page (dashboard) a role gets. */
export function dashboardFor(role: Role): "raadslid" | "facilitator" | "preparer" {
  if (role === "RAADSLID") return "raadslid";
  if (role === "FACILITATOR") return "facilitator";
  return "preparer";
}

/** Who can be named in a session: as facilitator, or invited as raadslid. */
export const PARTICIPANT_ROLES: { readonly [K in ParticipantKind]: readonly Role[] } = {
  FACILITATOR: ["FACILITATOR", "GRIFFIER"],
  RAADSLID: ["RAADSLID"],
};

/**
 * Who may carry (own) a preparation step of a session: a griffier of the gemeente,
 * a facilitator of that session, or a raadslid of its preparation group.
 */
export function stepOwnerScope(gemeenteId: string, sessionId: string): Prisma.MembershipWhereInput {
  return {
    gemeenteId,
    OR: [
      { role: "GRIFFIER" },
      { sessionRoles: { some: { sessionId, kind: "FACILITATOR" } } },
      { role: { in: [...PREPARATION_GROUP_ROLES] }, preparerOf: { some: { sessionId } } },
    ],
  };
}

/**
 * A step owner named by role (a template's "the griffier", "the facilitator") as one of
 * the session's owner candidates: the griffier who acts, else the gemeente's only
 * griffier; the session's only facilitator. Nobody when that is not one person.
 */
export function ownerByRole<C extends { id: string; role: Role; facilitates: boolean }>(wanted: "GRIFFIER" | "FACILITATOR", candidates: C[], actorMembershipId: string): C | undefined {
  const matching = candidates.filter((c) => (wanted === "GRIFFIER" ? c.role === "GRIFFIER" : c.facilitates));
  return (wanted === "GRIFFIER" ? matching.find((c) => c.id === actorMembershipId) : undefined) ?? (matching.length === 1 ? matching[0] : undefined);
}

/** The role a step owner is kept by in a template (the reverse of ownerByRole): a raadslid of the group is not kept. */
export function ownerRoleOf(owner: { role: Role; facilitates: boolean }): "GRIFFIER" | "FACILITATOR" | null {
  if (owner.facilitates) return "FACILITATOR";
  return owner.role === "GRIFFIER" ? "GRIFFIER" : null;
}

/** The permission a status change needs: preparing (concept ↔ voorbereid) or running (live and after). */
export function transitionPermission(to: SessionStatus): Permission {
  return to === "CONCEPT" || to === "VOORBEREID" ? "sessions.prepare" : "sessions.run";
}

/** The status changes this actor may make from `status` (for the session page's buttons). */
export function allowedTransitions(actor: Actor, status: SessionStatus): SessionStatus[] {
  return nextStatuses(status).filter((to) => can(actor.role, transitionPermission(to)));
}
