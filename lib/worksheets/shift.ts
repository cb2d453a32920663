import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { parseStepData } from "@/lib/preparation/schemas";
import type { Rung } from "@/lib/preparation/rungs";
import { RESULTS_SELECT, resultsOfMany } from "./results";
import { guestShift, type GuestGroupShift } from "./shift-guests";

/** One round of a worksheet: the session itself, or a herhaling at an evaluation moment of step 9. */
export type ShiftRound = {
  worksheetId: string;
  /** Null for the session's own round. */
  evaluationMomentId: string | null;
  /** yyyy-mm-dd: the session's date, or the moment's. */
  date: string;
  /** The moment's subject (empty for the session's own round). */
  subject: string;
  state: "CONCEPT" | "OPEN" | "GESLOTEN";
  respondents: number;
};

/** "Where is the role now" in one round, when the worksheet asked it and k answers gave it. */
export type ShiftNow = { count: number; distribution: Record<Rung, number>; mostChosen: Rung[] };

/**
 * One actor in one round. `shown`: the figures (desired, and `now` where it was
 * asked and reached k); `tooFew`: fewer than k answers (nothing of them is
 * shown, "te weinig antwoorden"); `notPublished`: an anonymous round that has
 * not published yet (it publishes when it closes).
 */
export type ShiftCell =
  | { status: "shown"; count: number; distribution: Record<Rung, number>; mostChosen: Rung[]; consensus: number | null; now: ShiftNow | null }
  | { status: "tooFew" | "notPublished" };

/** `guests`: per guest group the same cells from the rounds' guest publications (lib/worksheets/shift-guests.ts). */
export type ActorShift = { key: string; name: string; cells: ShiftCell[]; guests?: GuestGroupShift[] };

export type WorksheetShift = { minimumGroupSize: number; rounds: ShiftRound[]; actors: ActorShift[] };

export const ROUND_SELECT = { ...RESULTS_SELECT, openedAt: true, evaluationMomentId: true } satisfies Prisma.RoleWorksheetSelect;

/**
 * How the answers shift over the rounds of a session's worksheet: the session
 * itself, then each herhaling by the date of its moment. Per actor (matched by
 * step 4's actor id) and round: the figures as the round's own results show them
 * (an anonymous round only its publication), and only from k answers, whatever
 * the anonymity setting, so a small round never shows a distribution. Who
 * answered is never read.
 *
 * Griffier and facilitator see every round; an invited raadslid the rounds
 * whose results were released; the verslag (`reportScope`) every round to
 * whoever may read it, as its results. Null when there is nothing to compare (no
 * herhaling the actor may see).
 */
export async function worksheetShift(actor: Actor, sessionId: string, reportScope?: Prisma.CouncilSessionWhereInput): Promise<WorksheetShift | null> {
  if (!can(actor.role, "sessions.run") && !can(actor.role, "sessions.view")) return null;
  // The verslag (reportScope, lib/auth/policy.ts): as with its results, sharing it releases what it shows.
  const runner = can(actor.role, "sessions.run") || reportScope !== undefined;
  const scope = reportScope ?? (runner ? sessionScope(actor) : { gemeenteId: actor.gemeenteId, participants: { some: { membershipId: actor.membershipId } } });
  const session = await db().councilSession.findFirst({
    where: { ...scope, id: sessionId },
    select: { startsAt: true, steps: { where: { number: 9 }, select: { data: true } }, worksheet: { select: shiftSelect(runner) } },
  });
  const rounds = session ? shiftRoundsOf(runner, { ...session, step9: session.steps[0]?.data }) : null;
  return rounds && shiftOf(rounds, await resultsOfMany(rounds.rounds.map((r) => r.worksheet)));
}

/** What the shift reads of a session's worksheet: its rounds, for a raadslid only the released herhalingen. */
export const shiftSelect = (runner: boolean) => ({ ...ROUND_SELECT, repeats: { where: runner ? {} : { resultsReleased: true }, select: ROUND_SELECT } }) satisfies Prisma.RoleWorksheetSelect;

type RoundWorksheet = Prisma.RoleWorksheetGetPayload<{ select: typeof ROUND_SELECT }>;
type ShiftRow = { startsAt: Date; step9: Prisma.JsonValue | undefined; worksheet: (RoundWorksheet & { repeats: RoundWorksheet[] }) | null };

type ShiftRounds = { original: RoundWorksheet & { repeats: RoundWorksheet[] }; rounds: { worksheet: RoundWorksheet; date: string; subject: string }[] };

/** The rounds the actor may compare, from the session read with shiftSelect and its step 9's data: null when there is nothing to compare. */
export function shiftRoundsOf(runner: boolean, session: ShiftRow): ShiftRounds | null {
  const original = session.worksheet;
  if (!original || original.repeats.length === 0) return null;
  const step9 = parseStepData(9, session.step9 ?? {});
  const moments = new Map((step9.success ? step9.data.evaluationMoments : []).map((m) => [m.id, m]));
  const ownDate = session.startsAt.toISOString().slice(0, 10);
  const rounds = [
    ...(runner || original.resultsReleased ? [{ worksheet: original, date: ownDate, subject: "" }] : []),
    ...original.repeats
      .map((r) => {
        const moment = r.evaluationMomentId ? moments.get(r.evaluationMomentId) : undefined;
        // A moment removed from step 9 since keeps its round, dated by when it opened.
        return { worksheet: r, date: moment?.date ?? (r.openedAt ?? new Date()).toISOString().slice(0, 10), subject: moment?.subject ?? "" };
      })
      .sort((a, b) => a.date.localeCompare(b.date)),
  ];
  if (rounds.length < 2 && !runner) return null;
  return { original, rounds };
}

/** The shift from the rounds and each round's results (resultsOfMany, in the same order). */
export function shiftOf({ original, rounds }: ShiftRounds, results: Awaited<ReturnType<typeof resultsOfMany>>): WorksheetShift {
  const k = results[0]?.minimumGroupSize ?? 0;
  const keys = [...new Map(original.actors.concat(original.repeats.flatMap((r) => r.actors)).map((a) => [a.key, a.name])).entries()];
  const actors: ActorShift[] = keys.map(([key, name]) => ({
    key,
    name: original.actors.find((a) => a.key === key)?.name ?? name,
    cells: results.map((result): ShiftCell => {
      const a = result.actors.find((x) => x.key === key);
      if (result.anonymous && result.publishedAt === null && !result.answersPurgedAt) return { status: "notPublished" };
      const summary = a?.summary;
      if (!summary || summary.count < k) return { status: "tooFew" };
      const now = a.now && a.now.count >= k ? { count: a.now.count, distribution: a.now.distribution, mostChosen: a.now.mostChosen } : null;
      return { status: "shown", count: summary.count, distribution: summary.distribution, mostChosen: summary.mostChosen, consensus: summary.consensus, now };
    }),
    guests: guestShift(rounds.map((r) => r.worksheet), key, k),
  }));
  return {
    minimumGroupSize: k,
    rounds: rounds.map((r, i) => ({
      worksheetId: r.worksheet.id,
      evaluationMomentId: r.worksheet.evaluationMomentId,
      date: r.date,
      subject: r.subject,
      state: r.worksheet.state,
      respondents: results[i]!.respondents,
    })),
    actors,
  };
}
