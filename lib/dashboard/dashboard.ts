import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { listOpenCommitments, OPEN_COMMITMENTS_SHOWN } from "@/lib/commitments/commitments";
import { currentFirst, listedSession, reviewWritten, sessionListOrder, sessionListSelect } from "@/lib/council-sessions/list-sessions";
import { commitmentSelect, commitmentView } from "@/lib/commitments/view";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { parseStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";

const withoutCommitments = <S extends { commitments: unknown }>(row: S): Omit<S, "commitments"> => {
  const copy: Partial<S> = { ...row };
  delete copy.commitments;
  return copy as Omit<S, "commitments">;
};

/** How far ahead the dashboard looks for evaluation moments. */
export const EVALUATION_HORIZON_DAYS = 90;

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The griffier's and beheerder's Monday morning: every current session by status
 * with its preparation progress, evaluation moments coming up or overdue (a past
 * moment without an outcome), open and overdue commitments, and finished
 * sessions still waiting for their review.
 */
export async function loadPreparerDashboard(actor: Actor, today: string) {
  assertCan(actor, "sessions.prepare");
  const [rows, evaluationSteps] = await Promise.all([
    // The current sessions with their open commitments in one statement (relationJoins): the same scope as listOpenCommitments.
    db().councilSession.findMany({
      where: { ...sessionScope(actor), archivedAt: null },
      select: { ...sessionListSelect(actor.role), commitments: { where: { doneAt: null }, select: commitmentSelect, orderBy: { dueDate: "asc" } } },
      orderBy: sessionListOrder(false),
    }),
    db().preparationStep.findMany({
      where: { number: 9, session: { ...sessionScope(actor), archivedAt: null } },
      select: { data: true, session: { select: { id: true, title: true } } },
    }),
  ]);
  // In the sessions list's order (lib/council-sessions/list-sessions.ts#currentFirst), grouped by status on the page.
  const sessions = currentFirst(rows, new Date()).map((row) => listedSession(withoutCommitments(row)));
  const commitments = rows
    .flatMap((s) => s.commitments.map((c) => ({ ...c, session: { id: s.id, title: s.title } })))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime())
    .slice(0, OPEN_COMMITMENTS_SHOWN)
    .map((c) => commitmentView(c, today));
  const horizon = addDays(today, EVALUATION_HORIZON_DAYS);
  const moments = evaluationSteps.flatMap((step) => {
    const parsed = parseStepData(9, step.data);
    return parsed.success
      ? parsed.data.evaluationMoments.map((m) => ({ id: m.id, date: m.date, subject: m.subject, hasOutcome: m.outcome.trim() !== "", session: step.session }))
      : [];
  });
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
  return {
    sessions: sessions.map((s) => ({ ...s, stepsTotal: STEP_NUMBERS.length })),
    upcomingEvaluations: moments.filter((m) => m.date >= today && m.date <= horizon).sort(byDate),
    overdueEvaluations: moments.filter((m) => m.date < today && !m.hasOutcome).sort(byDate),
    commitments,
    // Writing the review is what takes a session off this list (closing it after the review does too).
    awaitingReview: sessions.filter((s) => s.status === "AFGEROND" && !s.reviewWritten),
  };
}

/**
 * A raadslid's start: the sessions they are invited to, results released to
 * them, and the open commitments of those sessions. The worksheets and
 * herhalingen waiting for their answers are tasks (lib/tasks/tasks.ts), one
 * place on the dashboard with their state.
 */
export async function loadRaadslidDashboard(actor: Actor, today: string) {
  assertCan(actor, "worksheets.answer");
  const [sessions, released, commitments] = await Promise.all([
    // The session list's read, plus whether this raadslid co-prepares the session (its preparation group).
    db().councilSession.findMany({
      where: { ...sessionScope(actor), archivedAt: null },
      select: { ...sessionListSelect(actor.role), preparers: { where: { membershipId: actor.membershipId }, select: { membershipId: true } } },
      orderBy: sessionListOrder(false),
    }),
    db().roleWorksheet.findMany({
      where: { session: { ...sessionScope(actor), archivedAt: null }, resultsReleased: true },
      select: { session: { select: { id: true, title: true, startsAt: true } } },
      orderBy: [{ session: { startsAt: "asc" } }, { session: { title: "asc" } }, { sessionId: "asc" }],
    }),
    listOpenCommitments(actor, today),
  ]);
  return {
    sessions: currentFirst(sessions, new Date()).map(({ preparers, ...session }) => ({ ...listedSession(session), preparing: preparers.length > 0 })),
    releasedResults: released.flatMap((w) => (w.session ? [w.session] : [])),
    commitments,
  };
}

/**
 * A facilitator's start, across every gemeente where they facilitate: the
 * current sessions they are named facilitator of, and the finished ones whose
 * review they still have to write. Reads only the user's own memberships.
 */
export async function loadFacilitatorDashboard(userId: string) {
  const rows = await db().councilSession.findMany({
    where: {
      archivedAt: null,
      participants: { some: { kind: "FACILITATOR", membership: { userId } } },
    },
    select: { id: true, title: true, startsAt: true, status: true, reviewStoodOut: true, reviewAgreements: true, reviewNextSteps: true, gemeente: { select: { slug: true, name: true } } },
    orderBy: sessionListOrder(false),
  });
  const sessions = currentFirst(rows, new Date()).map(({ reviewStoodOut, reviewAgreements, reviewNextSteps, ...s }) => ({ ...s, reviewWritten: reviewWritten({ reviewStoodOut, reviewAgreements, reviewNextSteps }) }));
  return {
    sessions: sessions.filter((s) => s.status !== "AFGEROND" && s.status !== "GEEVALUEERD"),
    reviewsToWrite: sessions.filter((s) => s.status === "AFGEROND" && !s.reviewWritten),
  };
}
