import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { commitmentSelect, commitmentView } from "@/lib/commitments/view";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, cardView } from "@/lib/library/card-view";
import { sessionScope } from "@/lib/auth/policy";
import { VALUE_MAP_SELECT } from "@/lib/values/values";
import { canSeePart, canSeeStepsOf, PREPARATION_GROUP_ROLES, readsReportAsReviewer } from "@/lib/auth/policy";
import { can } from "@/lib/auth/permissions";
import { GUEST_CASES_FOR_CONTROL } from "@/lib/guests/cases";
import { guestSettingsOf } from "@/lib/guests/settings";
import { attendanceOf, seesAttendance } from "@/lib/invitations/attendance";
import { liveProgrammeOf } from "@/lib/live/rounds";
import { councilRungOf } from "@/lib/worksheets/results";
import { ROUND_SELECT, shiftSelect } from "@/lib/worksheets/shift";
import { REPEAT_GUEST_PANEL_SELECT, repeatGuestPanelsOf } from "@/lib/guests/repeat-panels";

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
 * commitments, the attached library cards and the names of the preparation group.
 * Everyone who may see the session may see these (the same scope as
 * listSessionCommitments; the group's names are for everyone who sees the session's people).
 */
const overviewSelect = {
  ...sessionSelect,
  preparers: { select: { membershipId: true, membership: { select: { user: { select: { name: true, email: true } } } } }, orderBy: { addedAt: "asc" } },
  worksheet: { select: { id: true, state: true, anonymous: true, resultsReleased: true, actors: { select: { id: true, key: true }, orderBy: { position: "asc" } } } },
  commitments: { select: commitmentSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
  cards: { select: { note: true, card: { select: cardSelect } }, orderBy: { attachedAt: "asc" } },
} satisfies Prisma.CouncilSessionSelect;

/**
 * For those who run the session (sessions.run): the guest settings, the live round,
 * the guests' cases to approve, and what the council's rung is read from — on an
 * anonymous worksheet what was published (with the gemeente's k), on a named one
 * the answers' actor and rung (never who answered; on an anonymous worksheet the
 * nested where selects none).
 */
const runnerSelect = {
  guestGroups: true,
  guestCap: true,
  _count: { select: { guests: true } },
  liveRound: true,
  liveItemId: true,
  guestCases: GUEST_CASES_FOR_CONTROL,
  worksheet: {
    select: {
      ...overviewSelect.worksheet.select,
      published: true,
      answers: { where: { worksheet: { anonymous: false } }, select: { actorId: true, rung: true } },
    },
  },
} satisfies Prisma.CouncilSessionSelect;

/** For those who see the attendance (seesAttendance): when the invitation went out and every answer. */
const attendanceSelect = {
  invitationsSentAt: true,
  rsvps: { select: { membershipId: true, answer: true } },
} satisfies Prisma.CouncilSessionSelect;

/** The gemeente's side: its k for the runner's rung, and for preparers the raadsleden who may join the preparation group. */
const GROUP_CANDIDATES = {
  where: { role: { in: [...PREPARATION_GROUP_ROLES] } },
  select: { id: true, user: { select: { name: true, email: true } } },
  orderBy: { user: { name: "asc" } },
} satisfies Prisma.Gemeente$membershipsArgs;
const gemeenteSelect = (runs: boolean, prepares: boolean) => ({
  select: { ...(runs ? { anonymityThreshold: true } : {}), ...(prepares ? { memberships: GROUP_CANDIDATES } : {}) },
});

type OverviewRow = Prisma.CouncilSessionGetPayload<{
  select: typeof overviewSelect & typeof runnerSelect & typeof attendanceSelect & { gemeente: { select: { anonymityThreshold: true; memberships: typeof GROUP_CANDIDATES } } };
}>;

/**
 * Everything the verslag shows (lib/report/report-model.ts) in the session's one
 * statement: the worksheet as its results read it, the value map's rows, the
 * commitments, the fracties' rankings and the gemeente's fracties. What the results
 * need of the answers (counts, or a named worksheet's answers) is the one statement more.
 */
const reportSelect = {
  ...sessionSelect,
  // The worksheet as its results read it, with its herhalingen: the verslag shows every round to
  // whoever may read it (its scope), as it shows the results (lib/worksheets/shift.ts).
  worksheet: { select: shiftSelect(true) },
  ...VALUE_MAP_SELECT,
  commitments: { select: commitmentSelect, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
  rankings: { select: { fractieId: true, valueId: true, rank: true } },
  gemeente: { select: { fracties: { select: { id: true, name: true }, orderBy: { name: "asc" } } } },
  // The attendance list (lib/report/attendance.ts): the answers to the invitation, and each guest's group (nothing else of a guest).
  rsvps: { select: { membershipId: true, answer: true } },
  // The live phase's guests: a herhaling's guests (worksheetId set) answered later, not in the room.
  guests: { where: { worksheetId: null }, select: { group: true } },
} satisfies Prisma.CouncilSessionSelect;

/**
 * For the reviewers (griffier, facilitator: the review page), the herhalingen's guest panels
 * too (lib/guests/repeat-panels.ts), selected along with the rounds they are: whether guests
 * answer each, its code and how many joined, never which guest answered.
 */
const reviewerReportSelect = {
  ...reportSelect,
  worksheet: { select: { ...reportSelect.worksheet.select, repeats: { ...reportSelect.worksheet.select.repeats, select: { ...ROUND_SELECT, ...REPEAT_GUEST_PANEL_SELECT } } } },
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

/**
 * The session with everything its verslag shows, in the verslag's scope
 * (lib/auth/policy.ts#reportScope), in one query, the worksheet's herhalingen included.
 */
export async function getSessionForReport(actor: Actor, sessionId: string, reportScope: Prisma.CouncilSessionWhereInput) {
  // Those who run the session reviewing it: as repeatGuestPanels (lib/guests/repeats.ts), whose gate this is.
  const panels = readsReportAsReviewer(actor) && can(actor.role, "sessions.run");
  // The row's type claims the panels' fields; they are read below only under the gate they were selected by.
  const session = await findSession(actor, sessionId, (panels ? reviewerReportSelect : reportSelect) as typeof reviewerReportSelect, reportScope);
  return {
    ...session,
    /** For the reviewers: the herhalingen's guest panels (as repeatGuestPanels reads them); null for readers. */
    repeatGuests: panels ? repeatGuestPanelsOf(session.guestsAllowed, session.worksheet?.repeats ?? []) : null,
  };
}

/**
 * The session as its overview page shows it, in ONE statement: the session, its
 * worksheet state, commitments, library cards and preparation group, and — each
 * only selected for a role that may see it (lib/auth/permissions.ts,
 * lib/auth/policy.ts) — the runner's guest settings, live programme, guest cases
 * and the council's rung, the attendance list, and the preparation group's candidates.
 * What a role may not see is null here because it was never read.
 */
export async function getSessionOverview(actor: Actor, sessionId: string, today: string, locale: string) {
  const runs = can(actor.role, "sessions.run");
  const attends = seesAttendance(actor);
  const prepares = can(actor.role, "sessions.prepare");
  const select = {
    ...overviewSelect,
    ...(runs ? runnerSelect : {}),
    ...(attends ? attendanceSelect : {}),
    ...(runs || prepares ? { gemeente: gemeenteSelect(runs, prepares) } : {}),
  };
  // The row's type claims every gated part; each is read below only under the same gate it was selected by.
  const row = (await findSession(actor, sessionId, select as typeof sessionSelect)) as unknown as OverviewRow & Awaited<ReturnType<typeof findSession>>;
  const { worksheet, commitments, cards, preparers, ...session } = row;
  const raw = row as OverviewRow;
  return {
    ...session,
    preparers: preparers.map((p) => ({ membershipId: p.membershipId })),
    preparerNames: preparers.map((p) => p.membership.user.name ?? p.membership.user.email),
    worksheet: worksheet && { id: worksheet.id, state: worksheet.state, anonymous: worksheet.anonymous, resultsReleased: worksheet.resultsReleased, actors: worksheet.actors },
    commitments: commitments.map((c) => commitmentView(c, today)),
    cards: cards.map((c) => ({ ...cardView(c.card, locale), note: c.note })),
    runner: runs
      ? {
          guests: guestSettingsOf(raw),
          guestCases: raw.guestCases,
          live: liveProgrammeOf({ ...raw, agendaItems: raw.agendaItems }),
          councilRung: raw.worksheet ? councilRungOf(raw.worksheet, raw.gemeente.anonymityThreshold) : null,
        }
      : null,
    attendance: attends ? attendanceOf(raw) : null,
    preparationGroup: prepares
      ? { memberIds: preparers.map((p) => p.membershipId), candidates: raw.gemeente.memberships.map((m) => ({ id: m.id, name: m.user.name ?? m.user.email })) }
      : null,
  };
}

/**
 * The session as a step page shows it, in ONE statement: the session, and for
 * those who run it (sessions.run) what the council's rung is read from (the same
 * role-gated parts as the overview: the published figures and the gemeente's k on
 * an anonymous worksheet, the answers' actor and rung on a named one, never who
 * answered) and the worksheet's state for step 4's controls. Null for the others.
 */
export async function getStepPageSession(actor: Actor, sessionId: string) {
  const runs = can(actor.role, "sessions.run");
  const select = {
    ...sessionSelect,
    ...(runs ? { worksheet: runnerSelect.worksheet, gemeente: gemeenteSelect(true, false) } : {}),
  };
  const row = (await findSession(actor, sessionId, select as typeof sessionSelect)) as unknown as Awaited<ReturnType<typeof findSession>> &
    Pick<OverviewRow, "worksheet" | "gemeente">;
  const { worksheet, gemeente, ...session } = row;
  return {
    ...session,
    runner: runs
      ? {
          councilRung: worksheet ? councilRungOf(worksheet, gemeente.anonymityThreshold) : null,
          worksheet: worksheet && { state: worksheet.state, anonymous: worksheet.anonymous, resultsReleased: worksheet.resultsReleased },
        }
      : null,
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
