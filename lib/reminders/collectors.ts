// No "server-only": the worker runs this with its own client.
import { rolesWith } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseStepData } from "@/lib/preparation/schemas";
import { stepByNumber } from "@/lib/preparation/steps";
import { REMIND_DAYS_AHEAD, STEP_DEADLINE_DAYS_AHEAD, type ReminderKind } from "./kinds";

/** One line of someone's digest. Only about the recipient's own work: never about other people's answers. */
export type ReminderItem = {
  kind: ReminderKind;
  gemeenteSlug: string;
  gemeenteName: string;
  sessionId: string;
  sessionTitle: string;
  /** The date it is about (ISO day), when it has one. */
  date?: string;
  /** What it is: the evaluation's subject, the toezegging's text. */
  subject?: string;
  /** Where in the app it is, relative to the app's address. */
  path: string;
};

export type Addressed = { userId: string; item: ReminderItem };

export type Collector = { kind: ReminderKind; collect: (client: PrismaClient, today: string) => Promise<Addressed[]> };

export const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const remindOn = (today: string) => REMIND_DAYS_AHEAD.map((days) => addDays(today, days));
const liveSession = { archivedAt: null } as const;
/** A step's address segment (its slug: /stappen/evaluatie). */
const stepPath = (number: number) => stepByNumber(number)?.slug ?? String(number);

/**
 * A raadslid invited to a session whose worksheet is open and who has not answered every
 * actor. Reads only the recipient's own answer count, as their dashboard does.
 */
const worksheet: Collector = {
  kind: "worksheet",
  async collect(client) {
    const worksheets = await client.roleWorksheet.findMany({
      where: { state: "OPEN", session: liveSession },
      select: {
        _count: { select: { actors: true } },
        session: {
          select: {
            id: true,
            title: true,
            gemeente: { select: { slug: true, name: true } },
            participants: { where: { kind: "RAADSLID", membership: { role: { in: rolesWith("worksheets.answer") } } }, select: { membership: { select: { id: true, userId: true } } } },
          },
        },
      },
    });
    const out: Addressed[] = [];
    for (const w of worksheets) {
      const session = w.session; // the session's own worksheet (a herhaling has none: not reminded of)
      if (!session) continue;
      const memberships = session.participants.map((p) => p.membership);
      if (memberships.length === 0) continue;
      // Per person, their own count only: whether *they* are done.
      const own = await client.roleAnswer.groupBy({ by: ["membershipId"], where: { worksheet: { sessionId: session.id }, membershipId: { in: memberships.map((m) => m.id) } }, _count: { _all: true } });
      const done = new Set(own.filter((row) => row._count._all >= w._count.actors).map((row) => row.membershipId));
      for (const m of memberships) {
        if (done.has(m.id)) continue;
        out.push({ userId: m.userId, item: { kind: "worksheet", gemeenteSlug: session.gemeente.slug, gemeenteName: session.gemeente.name, sessionId: session.id, sessionTitle: session.title, path: `/${session.gemeente.slug}/sessies/${session.id}/werkblad` } });
      }
    }
    return out;
  },
};

/** The people of a gemeente who get the preparation reminders (the griffier). */
async function preparers(client: PrismaClient, gemeenteIds: string[]) {
  const memberships = await client.membership.findMany({ where: { gemeenteId: { in: gemeenteIds }, role: { in: rolesWith("reminders.preparation") } }, select: { gemeenteId: true, userId: true } });
  const by = new Map<string, string[]>();
  for (const m of memberships) by.set(m.gemeenteId, [...(by.get(m.gemeenteId) ?? []), m.userId]);
  return by;
}

/** An evaluation moment of step 9 a week ahead, tomorrow or today, without its outcome yet. */
const evaluation: Collector = {
  kind: "evaluation",
  async collect(client, today) {
    const days = new Set(remindOn(today));
    const steps = await client.preparationStep.findMany({
      where: { number: 9, session: liveSession },
      select: { data: true, session: { select: { id: true, title: true, gemeenteId: true, gemeente: { select: { slug: true, name: true } } } } },
    });
    const due = steps.flatMap((step) => {
      const parsed = parseStepData(9, step.data);
      if (!parsed.success) return [];
      return parsed.data.evaluationMoments.filter((m) => days.has(m.date) && m.outcome.trim() === "").map((m) => ({ moment: m, session: step.session }));
    });
    const to = await preparers(client, [...new Set(due.map((d) => d.session.gemeenteId))]);
    return due.flatMap(({ moment, session }) =>
      (to.get(session.gemeenteId) ?? []).map((userId) => ({
        userId,
        item: { kind: "evaluation" as const, gemeenteSlug: session.gemeente.slug, gemeenteName: session.gemeente.name, sessionId: session.id, sessionTitle: session.title, date: moment.date, subject: moment.subject, path: `/${session.gemeente.slug}/sessies/${session.id}/stappen/${stepPath(9)}` },
      })),
    );
  },
};

/** A toezegging not yet settled whose due date is a week ahead, tomorrow or today. */
const commitment: Collector = {
  kind: "commitment",
  async collect(client, today) {
    const commitments = await client.commitment.findMany({
      where: { doneAt: null, dueDate: { in: remindOn(today).map((day) => new Date(`${day}T00:00:00Z`)) }, session: liveSession },
      select: { what: true, who: true, dueDate: true, session: { select: { id: true, title: true, gemeenteId: true, gemeente: { select: { slug: true, name: true } } } } },
      orderBy: { dueDate: "asc" },
    });
    const to = await preparers(client, [...new Set(commitments.map((c) => c.session.gemeenteId))]);
    return commitments.flatMap((c) =>
      (to.get(c.session.gemeenteId) ?? []).map((userId) => ({
        userId,
        item: { kind: "commitment" as const, gemeenteSlug: c.session.gemeente.slug, gemeenteName: c.session.gemeente.name, sessionId: c.session.id, sessionTitle: c.session.title, date: c.dueDate.toISOString().slice(0, 10), subject: `${c.who}: ${c.what}`, path: `/${c.session.gemeente.slug}/sessies/${c.session.id}/waarden` },
      })),
    );
  },
};

/**
 * A preparation step that is not done (neither klaar nor n.v.t.) whose deadline is within
 * STEP_DEADLINE_DAYS_AHEAD days or already past: to the step's owner, every day until it
 * is done or its deadline moves. Only the owner's own steps.
 */
const stepDeadline: Collector = {
  kind: "stepDeadline",
  async collect(client, today) {
    const steps = await client.preparationStep.findMany({
      where: {
        status: { notIn: ["KLAAR", "NVT"] },
        ownerId: { not: null },
        deadline: { lte: new Date(`${addDays(today, STEP_DEADLINE_DAYS_AHEAD)}T00:00:00Z`) },
        session: liveSession,
      },
      select: {
        number: true,
        deadline: true,
        owner: { select: { userId: true } },
        session: { select: { id: true, title: true, gemeente: { select: { slug: true, name: true } } } },
      },
      orderBy: [{ deadline: "asc" }, { number: "asc" }],
    });
    return steps.flatMap((step) =>
      step.owner && step.deadline
        ? [{
            userId: step.owner.userId,
            item: {
              kind: "stepDeadline" as const,
              gemeenteSlug: step.session.gemeente.slug,
              gemeenteName: step.session.gemeente.name,
              sessionId: step.session.id,
              sessionTitle: step.session.title,
              date: step.deadline.toISOString().slice(0, 10),
              subject: String(step.number),
              path: `/${step.session.gemeente.slug}/sessies/${step.session.id}/stappen/${stepPath(step.number)}`,
            },
          }]
        : [],
    );
  },
};

/** Every kind's collector. */
export const COLLECTORS: Collector[] = [worksheet, stepDeadline, evaluation, commitment];
