import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { fromLocalDateTime } from "@/lib/dates";
import { command, exactlyOne, found } from "@/lib/db/command";
import { asDate } from "@/lib/planning/plan";
import { proposeDeadlines } from "@/lib/planning/lead-times";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import type { CouncilSessionInput } from "@/lib/validation/council-sessions";
import { participantRows } from "./participants";

function fields(input: CouncilSessionInput) {
  return {
    title: input.title,
    theme: input.theme,
    startsAt: fromLocalDateTime(input.date, input.time),
    endsAt: input.endTime ? fromLocalDateTime(input.date, input.endTime) : null,
    location: input.location,
    description: input.description,
  };
}

/** Creates a session in CONCEPT with its ten (open) preparation steps, each with its deadline planned backwards from the date. */
export function createCouncilSession(actor: Actor, input: CouncilSessionInput) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const participants = await participantRows(tx, actor, input.facilitatorIds, input.inviteeIds);
    const deadlines = proposeDeadlines(input.date);
    const session = await tx.councilSession.create({
      data: {
        gemeenteId: actor.gemeenteId,
        ...fields(input),
        participants: { create: participants },
        steps: { create: STEP_NUMBERS.map((number) => ({ number, data: emptyStepData(number), deadline: asDate(deadlines[number]) })) },
      },
      select: { id: true },
    });
    await audit({
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
export function updateCouncilSession(actor: Actor, input: CouncilSessionInput & { sessionId: string; version: number }) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const scope = { id: input.sessionId, gemeenteId: actor.gemeenteId };
    const before = found(await tx.councilSession.findFirst({ where: scope, select: { title: true, theme: true, startsAt: true, endsAt: true, location: true, description: true } }));
    const participants = await participantRows(tx, actor, input.facilitatorIds, input.inviteeIds);
    exactlyOne(await tx.councilSession.updateMany({ where: { ...scope, version: input.version }, data: { ...fields(input), version: { increment: 1 } } }), "CONFLICT");
    await tx.sessionParticipant.deleteMany({ where: { sessionId: input.sessionId, session: { gemeenteId: actor.gemeenteId } } });
    await tx.sessionParticipant.createMany({ data: participants.map((p) => ({ ...p, sessionId: input.sessionId })) });
    await audit({
      action: "council-session.update",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { ...before, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt?.toISOString() ?? null },
      after: { ...input },
    });
  });
}
