import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FORMAT, FORMAT_VERSION, type SessionFile } from "./format";
import { sessionScope } from "@/lib/auth/policy";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import type { Summary } from "@/lib/worksheets/guest-results";
import { RESULTS_SELECT, resultsOf, worksheetResults, type WorksheetResults } from "@/lib/worksheets/results";

/** A whole session in the exchange format (see format.ts). */
export async function exportSession(actor: Actor, sessionId: string, now = new Date()): Promise<SessionFile> {
  assertCan(actor, "sessions.review");
  const file = await sessionFile({ ...sessionScope(actor), id: sessionId }, now);
  // The results travel in the export only (as counts), not in copies and templates.
  if (!file.worksheet) return file;
  const repeats = await db().roleWorksheet.findMany({
    where: { repeatOf: { sessionId, session: sessionScope(actor) } },
    select: { ...RESULTS_SELECT, evaluationMomentId: true },
    orderBy: { openedAt: "asc" },
  });
  return {
    ...file,
    worksheet: {
      ...file.worksheet,
      results: asCounts(await worksheetResults(actor, sessionId)),
      // A herhaling's results travel the same way (counts only, null below k), beside its moment's id.
      ...(repeats.length > 0
        ? {
            repeats: await Promise.all(
              repeats.map(async (r) => ({ evaluationMomentId: r.evaluationMomentId ?? "", state: r.state, resultsReleased: r.resultsReleased, results: asCounts(await resultsOf(r)) })),
            ),
          }
        : {}),
    },
  };
}

/**
 * The session found by `where` as a session file: the one description of a session's
 * parts, also for copies and templates (lib/templates). The caller authorises and scopes.
 */
export async function sessionFile(where: Prisma.CouncilSessionWhereInput, now = new Date()): Promise<SessionFile> {
  const s = await db().councilSession.findFirst({
    where,
    include: {
      participants: { include: { membership: { include: { user: { select: { email: true } } } } } },
      preparers: { orderBy: { addedAt: "asc" }, select: { membership: { select: { user: { select: { email: true } } } } } },
      steps: { orderBy: { number: "asc" }, include: { owner: { select: { user: { select: { email: true } } } } } },
      agendaItems: { orderBy: { position: "asc" } },
      worksheet: { include: { actors: { orderBy: { position: "asc" } } } },
      cases: {
        orderBy: { createdAt: "asc" },
        include: { values: { include: { value: true } }, tensions: { include: { valueA: true, valueB: true } } },
      },
      sessionValues: { include: { value: true } },
      verdicts: { orderBy: { evaluationMomentId: "asc" } },
      commitments: { orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }], include: { events: { orderBy: { createdAt: "asc" } } } },
      rankings: { include: { fractie: { select: { name: true } }, value: { select: { name: true } } } },
      cards: { orderBy: { attachedAt: "asc" }, include: { card: { select: { key: true, title: true } } } },
    },
  });
  if (!s) throw new AppError("NOT_FOUND");
  const emails = (kind: "FACILITATOR" | "RAADSLID") => s.participants.filter((p) => p.kind === kind).map((p) => p.membership.user.email).sort();
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    session: {
      title: s.title,
      theme: s.theme,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt ? s.endsAt.toISOString() : null,
      location: s.location,
      description: s.description,
      status: s.status,
      sharedParts: s.sharedParts as SessionFile["session"]["sharedParts"],
      guestGroups: s.guestGroups,
      risUrl: s.risUrl,
      review: { stoodOut: s.reviewStoodOut, agreements: s.reviewAgreements, nextSteps: s.reviewNextSteps },
    },
    people: { facilitators: emails("FACILITATOR"), invitees: emails("RAADSLID"), preparers: s.preparers.map((p) => p.membership.user.email) },
    steps: s.steps.map((step) => ({
      number: step.number,
      status: step.status,
      nvtReason: step.nvtReason,
      data: step.data,
      deadline: step.deadline ? step.deadline.toISOString().slice(0, 10) : null,
      owner: step.owner ? { email: step.owner.user.email } : null,
      prompt: step.prompt,
    })),
    agenda: s.agendaItems.map(({ title, phase, workMethod, goal, durationMinutes, risUrl }) => ({ title, phase, workMethod, goal, durationMinutes, risUrl })),
    worksheet: s.worksheet
      ? {
          question: s.worksheet.question,
          anonymous: s.worksheet.anonymous,
          state: s.worksheet.state,
          resultsReleased: s.worksheet.resultsReleased,
          actors: s.worksheet.actors.map((a) => ({ key: a.key, name: a.name })),
        }
      : null,
    cases: s.cases.map((c) => ({
      description: c.description,
      source: c.source,
      values: c.values.map((v) => v.value.name).sort(),
      // A pair by name, in name order: the same file whatever the ids in the gemeente it came from.
      tensions: c.tensions
        .map((t) => {
          const [a, b] = [t.valueA.name, t.valueB.name].sort();
          return { a, b, note: t.note };
        })
        .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
    })),
    valueLinks: s.sessionValues
      .map((l) => ({
        value: l.value.name,
        indicator: l.indicator,
        evaluationMomentId: l.evaluationMomentId,
        baseline: l.baseline,
        target: l.target,
        indicatorSource: l.indicatorSource,
        programmeName: l.programmeName,
        programmeUrl: l.programmeUrl,
        verdicts: s.verdicts.filter((v) => v.valueId === l.valueId).map((v) => ({ evaluationMomentId: v.evaluationMomentId, verdict: v.verdict, evidence: v.evidence })),
      }))
      .sort((a, b) => a.value.localeCompare(b.value)),
    commitments: s.commitments.map((c) => ({
      who: c.who,
      what: c.what,
      toWhom: c.toWhom,
      dueDate: c.dueDate.toISOString().slice(0, 10),
      done: c.doneAt !== null,
      madeOn: c.madeOn ? c.madeOn.toISOString().slice(0, 10) : null,
      madeAt: c.madeAt,
      settlement: c.settlement,
      history: c.events.map((e) => ({ state: e.state, note: e.note, by: e.actorName, at: e.createdAt.toISOString() })),
    })),
    cards: s.cards.map((c) => ({ key: c.card.key, title: c.card.title, note: c.note })),
    rankings: s.rankings
      .map((r) => ({ fractie: r.fractie.name, value: r.value.name, rank: r.rank }))
      .sort((a, b) => a.fractie.localeCompare(b.fractie) || a.rank - b.rank),
  };
}

/**
 * The worksheet's results as the file carries them: per actor the council's
 * counts ("desired" and "now") and each guest group's, as the review shows
 * them, and only from the minimum group size on (null below it) — also on a
 * named worksheet, since the file leaves the gemeente. No motivations (free
 * text can name someone), no names, no ids.
 */
function asCounts(results: WorksheetResults): NonNullable<NonNullable<SessionFile["worksheet"]>["results"]> {
  const k = results.minimumGroupSize;
  const counts = (summary: Summary | null) => (summary && summary.count >= k ? (Object.fromEntries(RUNGS.map((r) => [r, summary.distribution[r]])) as Record<Rung, number>) : null);
  return {
    minimumGroupSize: k,
    respondents: results.respondents,
    actors: results.actors.map((a) => ({
      key: a.key,
      council: { desired: counts(a.summary), now: counts(a.now) },
      guestGroups: a.guestGroups.map((g) => ({ group: g.group, desired: counts(g.summary), now: counts(g.now) })),
    })),
  };
}
