import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { reportScope, sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { isStepNumber, type StepNumber } from "@/lib/preparation/steps";
import { openRepeatsOf } from "@/lib/worksheets/repeats";

/**
 * A raadslid's tasks before a session they are invited to (issue 12):
 *  - "case": bring a casus before the date the griffier set (CouncilSession.caseDeadline);
 *    done once they brought one to that session;
 *  - "card": read a library card attached as reading (SessionCard.forReading); done when
 *    they marked it read (CardReading);
 *  - "worksheet": fill in the worksheet while it is open, and each herhaling of it at an
 *    evaluation moment of step 9 while that is open (`repeat`); done when they answered every
 *    actor. This is the dashboard's one list of the worksheets waiting for a raadslid, so a
 *    worksheet or herhaling open for answers counts whatever the session's status;
 *  - "step": a preparation step the griffier put on their name in the planning, while they are
 *    in the session's preparation group (issue 13); done when the step is KLAAR or NVT, overdue
 *    when its deadline passed before that.
 * Each task is read for this raadslid only: their own cases, their own readings, their own
 * answer count. Nothing here says who else did or did not do a task.
 */
export type RaadslidTask =
  | { kind: "case"; sessionId: string; done: boolean; deadline: string; overdue: boolean }
  | { kind: "card"; sessionId: string; done: boolean; cardId: string; cardTitle: string; note: string }
  | { kind: "worksheet"; sessionId: string; done: boolean; answered: number; total: number; repeat: { id: string; date: string; subject: string } | null }
  | { kind: "step"; sessionId: string; done: boolean; number: StepNumber; deadline: string | null; overdue: boolean };

export type SessionTasks = { session: { id: string; title: string; startsAt: Date }; tasks: RaadslidTask[] };

/** Sessions whose casus and reading tasks still count: not archived, not yet held (concept, voorbereid or live). */
const BEFORE_OR_DURING = ["CONCEPT", "VOORBEREID", "LIVE"] as const;
const isBeforeOrDuring = (status: string) => (BEFORE_OR_DURING as readonly string[]).includes(status);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The tasks per session, card titles in `locale` where the card has a translation. */
export async function loadRaadslidTasks(actor: Actor, today: string, locale = "nl"): Promise<SessionTasks[]> {
  assertCan(actor, "tasks.receive");
  const me = actor.membershipId;
  const sessions = await db().councilSession.findMany({
    where: {
      ...sessionScope(actor),
      archivedAt: null,
      // Before or during the session; after it, while its worksheet or a herhaling takes answers.
      OR: [{ status: { in: [...BEFORE_OR_DURING] } }, { worksheet: { state: "OPEN" } }, { worksheet: { repeats: { some: { state: "OPEN" } } } }],
    },
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      caseDeadline: true,
      // Only this raadslid's own case, reading and answers.
      cases: { where: { authorId: me }, select: { id: true }, take: 1 },
      cards: {
        where: { forReading: true },
        select: { cardId: true, note: true, card: { select: { title: true, translations: true } }, readings: { where: { membershipId: me }, select: { readAt: true } } },
        orderBy: { attachedAt: "asc" },
      },
      worksheet: {
        select: {
          state: true,
          _count: { select: { actors: true, answers: { where: { membershipId: me } } } },
          repeats: { where: { state: "OPEN" }, select: { id: true, evaluationMomentId: true, openedAt: true, _count: { select: { actors: true, answers: { where: { membershipId: me } } } } } },
        },
      },
      // Step 9's moments name and date the herhalingen; the steps on this raadslid's name are tasks.
      steps: { where: { OR: [{ number: 9 }, { ownerId: me }] }, select: { number: true, status: true, deadline: true, ownerId: true, data: true }, orderBy: { number: "asc" } },
      // Owning a step counts only inside the preparation group (leaving it ends the task with the right to edit).
      preparers: { where: { membershipId: me }, select: { membershipId: true } },
    },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }, { id: "asc" }],
  });
  return sessions
    .map((s) => {
      const tasks: RaadslidTask[] = [];
      const before = isBeforeOrDuring(s.status);
      if (before && s.caseDeadline) {
        const deadline = isoDay(s.caseDeadline);
        const done = s.cases.length > 0;
        tasks.push({ kind: "case", sessionId: s.id, done, deadline, overdue: !done && deadline < today });
      }
      if (before && s.preparers.length > 0) {
        for (const step of s.steps) {
          if (step.ownerId !== me || !isStepNumber(step.number)) continue;
          const done = step.status === "KLAAR" || step.status === "NVT";
          const deadline = step.deadline ? isoDay(step.deadline) : null;
          tasks.push({ kind: "step", sessionId: s.id, done, number: step.number, deadline, overdue: !done && deadline !== null && deadline < today });
        }
      }
      if (before) for (const c of s.cards) tasks.push({ kind: "card", sessionId: s.id, done: c.readings.length > 0, cardId: c.cardId, cardTitle: (c.card.translations as Record<string, { title?: string } | undefined> | null)?.[locale]?.title ?? c.card.title, note: c.note });
      if (s.worksheet?.state === "OPEN") {
        const { actors, answers } = s.worksheet._count;
        tasks.push({ kind: "worksheet", sessionId: s.id, done: answers >= actors, answered: answers, total: actors, repeat: null });
      }
      // Dated and ordered as everywhere else (lib/worksheets/repeats.ts#openRepeatsOf); the counts are this raadslid's.
      const counts = new Map((s.worksheet?.repeats ?? []).map((r) => [r.id, r._count]));
      for (const r of openRepeatsOf(s.steps.find((step) => step.number === 9)?.data, s.worksheet?.repeats ?? [])) {
        const { actors, answers } = counts.get(r.id)!;
        tasks.push({ kind: "worksheet", sessionId: s.id, done: answers >= actors, answered: answers, total: actors, repeat: r });
      }
      return { session: { id: s.id, title: s.title, startsAt: s.startsAt }, tasks };
    })
    .filter((s) => s.tasks.length > 0);
}

/**
 * The verslagen the griffier shared with the raadsleden (REPORT among the shared parts) of the
 * sessions this raadslid was invited to, newest session first. Read in the verslag's own scope
 * (lib/auth/policy.ts#reportScope) within the actor's session scope.
 */
export async function sharedReports(actor: Actor) {
  assertCan(actor, "tasks.receive");
  return db().councilSession.findMany({
    where: { AND: [sessionScope(actor), reportScope(actor)], archivedAt: null },
    select: { id: true, title: true, startsAt: true },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 20,
  });
}

/** A raadslid marks a card they were asked to read as read, or as not read after all. Their own mark only. */
export function markCardRead(actor: Actor, input: { sessionId: string; cardId: string; read: boolean }) {
  return command(actor, "tasks.receive", async ({ tx, audit }) => {
    // The card must be reading material of a session this raadslid is invited to.
    found(await tx.sessionCard.findFirst({ where: { sessionId: input.sessionId, cardId: input.cardId, forReading: true, session: { ...sessionScope(actor), archivedAt: null } }, select: { cardId: true } }));
    if (input.read) {
      await tx.cardReading.createMany({ data: [{ sessionId: input.sessionId, cardId: input.cardId, membershipId: actor.membershipId }], skipDuplicates: true });
    } else {
      await tx.cardReading.deleteMany({ where: { sessionId: input.sessionId, cardId: input.cardId, membershipId: actor.membershipId } });
    }
    await audit({ action: input.read ? "card.read" : "card.unread", entityType: "CouncilSession", entityId: input.sessionId, after: { cardId: input.cardId } });
  });
}

/** The date by which the session's raadsleden are asked to bring a casus (null: none). */
export async function caseDeadlineOf(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.prepare");
  const session = found(await db().councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { caseDeadline: true } }));
  return session.caseDeadline ? isoDay(session.caseDeadline) : null;
}

/** The griffier sets (or clears) the date by which the invited raadsleden are asked to bring a casus. */
export function setCaseDeadline(actor: Actor, sessionId: string, deadline: string | null) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    exactlyOne(
      await tx.councilSession.updateMany({
        where: { id: sessionId, gemeenteId: actor.gemeenteId, archivedAt: null },
        data: { caseDeadline: deadline ? new Date(`${deadline}T00:00:00Z`) : null },
      }),
    );
    await audit({ action: "session.caseDeadline", entityType: "CouncilSession", entityId: sessionId, after: { caseDeadline: deadline } });
  });
}
