import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { fromLocalDateTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import type { CouncilSessionInput } from "@/lib/validation/council-sessions";
import { participantRows } from "./participants";

function fields(input: CouncilSessionInput) {
  return {
    title: input.title,
    theme: input.theme,
    startsAt: fromLocalDateTime(input.date, input.time),
    location: input.location,
    description: input.description,
  };
}

/** Creates a session in CONCEPT with its ten (open) preparation steps. */
export async function createCouncilSession(actor: Actor, input: CouncilSessionInput) {
  assertCan(actor, "sessions.prepare");
  return db().$transaction(async (tx) => {
    const participants = await participantRows(tx, actor, input.facilitatorIds, input.inviteeIds);
    const session = await tx.councilSession.create({
      data: {
        gemeenteId: actor.gemeenteId,
        ...fields(input),
        participants: { create: participants },
        steps: { create: STEP_NUMBERS.map((number) => ({ number, data: emptyStepData(number) })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "council-session.create",
      entityType: "CouncilSession",
      entityId: session.id,
      after: { ...input },
    });
    return session;
  });
}

/**
 * Updates the session's own fields when nobody changed it since `version` was
 * read; otherwise CONFLICT, and nothing is written.
 */
export async function updateCouncilSession(actor: Actor, input: CouncilSessionInput & { sessionId: string; version: number }) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const before = await tx.councilSession.findFirst({
      where: { id: input.sessionId, gemeenteId: actor.gemeenteId },
      select: { title: true, theme: true, startsAt: true, location: true, description: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const participants = await participantRows(tx, actor, input.facilitatorIds, input.inviteeIds);
    const updated = await tx.councilSession.updateMany({
      where: { id: input.sessionId, gemeenteId: actor.gemeenteId, version: input.version },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.sessionParticipant.deleteMany({ where: { sessionId: input.sessionId } });
    await tx.sessionParticipant.createMany({ data: participants.map((p) => ({ ...p, sessionId: input.sessionId })) });
    await recordAudit(tx, actor, {
      action: "council-session.update",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { ...before, startsAt: before.startsAt.toISOString() },
      after: { ...input },
    });
  });
}
