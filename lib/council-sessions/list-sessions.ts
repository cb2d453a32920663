import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { reachesOwnSessionsOnly, sessionScope } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

/** Whether the facilitator's review (terugblik) of a session has been written: any of its fields. */
export const reviewWritten = (s: { reviewStoodOut: string | null; reviewAgreements: string | null; reviewNextSteps: string | null }) =>
  [s.reviewStoodOut, s.reviewAgreements, s.reviewNextSteps].some((text) => (text ?? "").trim() !== "");

/** What a session list reads of each session (also the dashboard's one read, lib/dashboard). */
export const SESSION_LIST_SELECT = {
  id: true,
  title: true,
  theme: true,
  startsAt: true,
  location: true,
  status: true,
  archivedAt: true,
  reviewStoodOut: true,
  reviewAgreements: true,
  reviewNextSteps: true,
  steps: { select: { status: true } },
} satisfies Prisma.CouncilSessionSelect;

/** The same for a role: a copy names its source only to those who see every session (a raadslid may not be in the source). */
export const sessionListSelect = (role: Role) =>
  ({ ...SESSION_LIST_SELECT, ...(reachesOwnSessionsOnly(role) ? {} : { copiedFrom: { select: { title: true } } }) }) satisfies Prisma.CouncilSessionSelect;

/** The list's order. Title and id break ties between sessions that start at the same moment, so the order is stable. */
export const sessionListOrder = (archived: boolean) =>
  [{ startsAt: archived ? "desc" : "asc" }, { title: "asc" }, { id: "asc" }] satisfies Prisma.CouncilSessionOrderByWithRelationInput[];

/** A listed session: whether its review was written and how many steps are done. */
export function listedSession<S extends Prisma.CouncilSessionGetPayload<{ select: typeof SESSION_LIST_SELECT }>>(session: S) {
  const { steps, reviewStoodOut, reviewAgreements, reviewNextSteps, copiedFrom, ...s } = session as S & { copiedFrom?: { title: string } | null };
  return {
    ...s,
    copiedFrom: copiedFrom?.title ?? null,
    reviewWritten: reviewWritten({ reviewStoodOut, reviewAgreements, reviewNextSteps }),
    stepsDone: steps.filter((step) => step.status === "KLAAR" || step.status === "NVT").length,
  };
}

/**
 * The current list as a griffier reads it: a live session on top, then the coming ones (soonest
 * first), then those that took place (latest first), so years of sessions not yet archived do
 * not push next month's to the bottom. `sessions` come in the list's order (startsAt ascending).
 */
export function currentFirst<S extends { startsAt: Date; status: string }>(sessions: S[], now: Date): S[] {
  const live = sessions.filter((s) => s.status === "LIVE");
  const coming = sessions.filter((s) => s.status !== "LIVE" && s.startsAt >= now);
  // A stable sort keeps the title order among sessions that started at the same moment.
  const past = sessions.filter((s) => s.status !== "LIVE" && s.startsAt < now).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return [...live, ...coming, ...past];
}

export async function listCouncilSessions(actor: Actor, { archived = false, now = new Date() } = {}) {
  assertCan(actor, "sessions.view");
  const sessions = await db().councilSession.findMany({
    where: { ...sessionScope(actor), archivedAt: archived ? { not: null } : null },
    select: sessionListSelect(actor.role),
    orderBy: sessionListOrder(archived),
  });
  return (archived ? sessions : currentFirst(sessions, now)).map(listedSession);
}
