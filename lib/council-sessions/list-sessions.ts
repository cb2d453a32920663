import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { reachesOwnSessionsOnly, sessionScope } from "@/lib/auth/policy";

/** Whether the facilitator's review (terugblik) of a session has been written: any of its fields. */
export const reviewWritten = (s: { reviewStoodOut: string | null; reviewAgreements: string | null; reviewNextSteps: string | null }) =>
  [s.reviewStoodOut, s.reviewAgreements, s.reviewNextSteps].some((text) => (text ?? "").trim() !== "");

export async function listCouncilSessions(actor: Actor, { archived = false } = {}) {
  assertCan(actor, "sessions.view");
  const sessions = await db().councilSession.findMany({
    where: { ...sessionScope(actor), archivedAt: archived ? { not: null } : null },
    select: {
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
      // A copy names its source only to those who see every session (a raadslid may not be in the source).
      ...(reachesOwnSessionsOnly(actor.role) ? {} : { copiedFrom: { select: { title: true } } }),
    },
    // Title and id break ties between sessions that start at the same moment, so the order is stable.
    orderBy: [{ startsAt: archived ? "desc" : "asc" }, { title: "asc" }, { id: "asc" }],
  });
  return sessions.map(({ steps, reviewStoodOut, reviewAgreements, reviewNextSteps, copiedFrom, ...s }) => ({
    ...s,
    copiedFrom: (copiedFrom as { title: string } | null | undefined)?.title ?? null,
    reviewWritten: reviewWritten({ reviewStoodOut, reviewAgreements, reviewNextSteps }),
    stepsDone: steps.filter((step) => step.status === "KLAAR" || step.status === "NVT").length,
  }));
}
