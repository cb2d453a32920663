import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionScope } from "./scope";

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
      version: true,
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
  const people = (kind: "FACILITATOR" | "RAADSLID") =>
    session.participants
      .filter((p) => p.kind === kind)
      .map((p) => ({ membershipId: p.membershipId, name: p.membership.user.name ?? p.membership.user.email }));
  return { ...session, facilitators: people("FACILITATOR"), invitees: people("RAADSLID") };
}

export type CouncilSessionDetail = Awaited<ReturnType<typeof getCouncilSession>>;
