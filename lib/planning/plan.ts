import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { canSeeSteps, sessionScope, stepEditScope, stepOwnerScope } from "@/lib/auth/policy";
import { toLocalDateTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { StepPlanInput } from "@/lib/validation/planning";
import type { StepNumber, StepStatus } from "@/lib/preparation/steps";
import { proposeDeadlines } from "./lead-times";
import type { PlanStep } from "./timeline";

/** A calendar day as the `date` column takes it. */
export const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The people who may own a step of this session, by name. */
async function ownerCandidates(client: Tx | ReturnType<typeof db>, gemeenteId: string, sessionId: string) {
  const members = await client.membership.findMany({
    where: stepOwnerScope(gemeenteId, sessionId),
    select: { id: true, user: { select: { name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ id: m.id, name: m.user.name ?? m.user.email }));
}

/**
 * The session's planning: per step its status, deadline and owner, and who may
 * own a step. For those who see the steps (not raadsleden); "not found" otherwise.
 */
export async function getSessionPlan(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  // By role, or as one of the session's preparation group (who may own a step and should see the plan).
  const scope = canSeeSteps(actor.role) ? sessionScope(actor) : stepEditScope(actor);
  const session = found(
    await db().councilSession.findFirst({
      where: { ...scope, id: sessionId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        steps: { select: { number: true, status: true, deadline: true, ownerId: true, owner: { select: { user: { select: { name: true, email: true } } } } }, orderBy: { number: "asc" } },
      },
    }),
  );
  const steps: PlanStep[] = session.steps.map((s) => ({
    number: s.number as StepNumber,
    status: s.status as StepStatus,
    deadline: asDay(s.deadline),
    ownerId: s.ownerId,
    ownerName: s.owner ? (s.owner.user.name ?? s.owner.user.email) : null,
  }));
  return {
    id: session.id,
    title: session.title,
    startsAt: session.startsAt,
    sessionDate: toLocalDateTime(session.startsAt).date,
    steps,
    candidates: await ownerCandidates(db(), actor.gemeenteId, session.id),
  };
}

/** Sets each step's deadline and owner; an owner must be one of the session's candidates. */
export function saveSessionPlan(actor: Actor, sessionId: string, plan: StepPlanInput[]) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const scope = { sessionId, session: { gemeenteId: actor.gemeenteId } };
    const before = await tx.preparationStep.findMany({ where: scope, select: { number: true, deadline: true, ownerId: true }, orderBy: { number: "asc" } });
    if (before.length === 0) throw new AppError("NOT_FOUND");
    const allowed = new Set((await ownerCandidates(tx, actor.gemeenteId, sessionId)).map((c) => c.id));
    if (plan.some((p) => p.ownerId !== null && !allowed.has(p.ownerId))) throw new AppError("INVALID");
    for (const step of plan) {
      exactlyOne(
        await tx.preparationStep.updateMany({
          where: { ...scope, number: step.number },
          data: { deadline: step.deadline ? asDate(step.deadline) : null, ownerId: step.ownerId },
        }),
      );
    }
    await audit({
      action: "preparation-plan.save",
      entityType: "CouncilSession",
      entityId: sessionId,
      before: { steps: before.map((s) => ({ number: s.number, deadline: asDay(s.deadline), ownerId: s.ownerId })) },
      after: { steps: plan },
    });
  });
}

/** Writes the proposed deadlines (planned backwards from the session date) on every step; owners stay. */
export function proposeSessionPlan(actor: Actor, sessionId: string) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const session = found(await tx.councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { startsAt: true } }));
    const proposal = proposeDeadlines(toLocalDateTime(session.startsAt).date);
    await writeDeadlines(tx, actor.gemeenteId, sessionId, proposal);
    await audit({ action: "preparation-plan.propose", entityType: "CouncilSession", entityId: sessionId, after: { deadlines: proposal } });
  });
}

async function writeDeadlines(tx: Tx, gemeenteId: string, sessionId: string, deadlines: Record<StepNumber, string>) {
  for (const [number, day] of Object.entries(deadlines)) {
    exactlyOne(await tx.preparationStep.updateMany({ where: { sessionId, number: Number(number), session: { gemeenteId } }, data: { deadline: asDate(day) } }));
  }
}
