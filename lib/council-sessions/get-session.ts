import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { commitmentSelect, commitmentView } from "@/lib/commitments/view";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, cardView } from "@/lib/library/card-view";
import { sessionScope } from "@/lib/auth/policy";
import { canSeePart, canSeeStepsOf } from "@/lib/auth/policy";

/** The membership ids of a session's preparation group (for canEditStepsOf / canSeeStepsOf). */
export const preparerIdsOf = (session: { preparers: { membershipId: string }[] }) => session.preparers.map((p) => p.membershipId);
import type { ShareablePart } from "./sharing";

const sessionSelect = {
  id: true,
  title: true,
  theme: true,
  startsAt: true,
  endsAt: true,
  location: true,
  description: true,
  status: true,
  archivedAt: true,
  sharedParts: true,
  version: true,
  joinCode: true,
  guestsAllowed: true,
  risUrl: true,
  reviewStoodOut: true,
  reviewAgreements: true,
  reviewNextSteps: true,
  reviewVersion: true,
  participants: {
    select: { kind: true, membershipId: true, membership: { select: { user: { select: { name: true, email: true } } } } },
  },
  preparers: { select: { membershipId: true }, orderBy: { addedAt: "asc" } },
  copiedFrom: { select: { id: true, title: true } },
  templateName: true,
  steps: {
    select: { id: true, number: true, status: true, nvtReason: true, data: true, version: true, updatedAt: true, updatedBy: { select: { name: true } }, prompt: true },
    orderBy: { number: "asc" },
  },
  agendaItems: {
    select: { id: true, position: true, title: true, phase: true, workMethod: true, goal: true, durationMinutes: true, risUrl: true, skipped: true, version: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.CouncilSessionSelect;

/**
 * What the session's overview page shows besides the session itself, in the same
 * statement (Prisma's relationJoins): the worksheet's state (no answers), the
 * commitments and the attached library cards. Everyone who may see the session
 * may see these (the same scope as listSessionCommitments).
 */
const overviewSelect = {
  ...sessionSelect,
  worksheet: { select: { id: true, state: true, anonymous: true, resultsReleased: true, actors: { select: { id: true, key: true }, orderBy: { position: "asc" } } } },
  commitments: { select: commitmentSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
  cards: { select: { note: true, card: { select: cardSelect } }, orderBy: { attachedAt: "asc" } },
} satisfies Prisma.CouncilSessionSelect;

async function findSession<S extends typeof sessionSelect>(actor: Actor, sessionId: string, select: S, reportScope?: Prisma.CouncilSessionWhereInput) {
  assertCan(actor, "sessions.view");
  const session = await db().councilSession.findFirst({ where: { ...(reportScope ?? sessionScope(actor)), id: sessionId }, select });
  if (!session) throw new AppError("NOT_FOUND");
  const base = session as unknown as Prisma.CouncilSessionGetPayload<{ select: typeof sessionSelect }>;
  // A verslag shared with the raadsleden (policy: reportScope) carries the whole preparation.
  const visible = reportScope ? base : visibleTo(actor, base);
  const people = (kind: "FACILITATOR" | "RAADSLID") =>
    base.participants
      .filter((p) => p.kind === kind)
      .map((p) => ({ membershipId: p.membershipId, name: p.membership.user.name ?? p.membership.user.email }));
  return { ...(session as Prisma.CouncilSessionGetPayload<{ select: S }>), ...visible, facilitators: people("FACILITATOR"), invitees: people("RAADSLID") };
}

/**
 * One session with its people, steps and agenda; "not found" outside the actor's scope.
 * `reportScope` (lib/auth/policy.ts#reportScope) is for the verslag only: the sessions
 * whose verslag the actor reads, with all their steps.
 */
export async function getCouncilSession(actor: Actor, sessionId: string, reportScope?: Prisma.CouncilSessionWhereInput) {
  return findSession(actor, sessionId, sessionSelect, reportScope);
}

/** The session as its overview page shows it: also worksheet state, commitments and library cards, in one query. */
export async function getSessionOverview(actor: Actor, sessionId: string, today: string, locale: string) {
  const { worksheet, commitments, cards, ...session } = await findSession(actor, sessionId, overviewSelect);
  return {
    ...session,
    worksheet,
    commitments: commitments.map((c) => commitmentView(c, today)),
    cards: cards.map((c) => ({ ...cardView(c.card, locale), note: c.note })),
  };
}

/**
 * A raadslid gets only what the griffier shared: the room-for-input step (5),
 * the evaluation step (9) and the programme, each when shared. The rest of the
 * preparation never leaves the data layer for them.
 */
function visibleTo<S extends { sharedParts: string[]; steps: { number: number }[]; agendaItems: unknown[]; preparers: { membershipId: string }[] }>(actor: Actor, session: S): S {
  if (canSeeStepsOf(actor, preparerIdsOf(session))) return session;
  const shown = (part: ShareablePart) => canSeePart(actor.role, session.sharedParts, part);
  const stepNumbers = [shown("ROOM_FOR_INPUT") ? 5 : 0, shown("EVALUATION") ? 9 : 0];
  return {
    ...session,
    steps: session.steps.filter((s) => stepNumbers.includes(s.number)),
    agendaItems: shown("PROGRAMME") ? session.agendaItems : [],
  };
}

export type CouncilSessionDetail = Awaited<ReturnType<typeof getCouncilSession>>;
