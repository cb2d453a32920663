import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionScope } from "./scope";
import { canSeePart, canSeeSteps, type ShareablePart } from "./sharing";

/** One session with its people, steps and agenda; "not found" outside the actor's scope. */
export async function getCouncilSession(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: {
      id: true,
      title: true,
      theme: true,
      startsAt: true,
      location: true,
      description: true,
      status: true,
      archivedAt: true,
      sharedParts: true,
      version: true,
      joinCode: true,
      reviewStoodOut: true,
      reviewAgreements: true,
      reviewNextSteps: true,
      reviewVersion: true,
      participants: {
        select: { kind: true, membershipId: true, membership: { select: { user: { select: { name: true, email: true } } } } },
      },
      steps: {
        select: { id: true, number: true, status: true, nvtReason: true, data: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
        orderBy: { number: "asc" },
      },
      agendaItems: {
        select: { id: true, position: true, title: true, phase: true, workMethod: true, goal: true, durationMinutes: true },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND");
  const visible = visibleTo(actor, session);
  const people = (kind: "FACILITATOR" | "RAADSLID") =>
    session.participants
      .filter((p) => p.kind === kind)
      .map((p) => ({ membershipId: p.membershipId, name: p.membership.user.name ?? p.membership.user.email }));
  return { ...visible, facilitators: people("FACILITATOR"), invitees: people("RAADSLID") };
}

/**
 * A raadslid gets only what the griffier shared: the room-for-input step (5),
 * the evaluation step (9) and the programme, each when shared. The rest of the
 * preparation never leaves the data layer for them.
 */
function visibleTo<S extends { sharedParts: string[]; steps: { number: number }[]; agendaItems: unknown[] }>(actor: Actor, session: S): S {
  if (canSeeSteps(actor.role)) return session;
  const shown = (part: ShareablePart) => canSeePart(actor.role, session.sharedParts, part);
  const stepNumbers = [shown("ROOM_FOR_INPUT") ? 5 : 0, shown("EVALUATION") ? 9 : 0];
  return {
    ...session,
    steps: session.steps.filter((s) => stepNumbers.includes(s.number)),
    agendaItems: shown("PROGRAMME") ? session.agendaItems : [],
  };
}

export type CouncilSessionDetail = Awaited<ReturnType<typeof getCouncilSession>>;
