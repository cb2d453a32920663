import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db";
import { parseStepData } from "@/lib/preparation/schemas";
import type { Rung } from "@/lib/preparation/rungs";
import { RESULTS_SELECT, resultsOf } from "./results";
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

/**
 * One actor in one round. `shown`: the figures; `tooFew`: fewer than k answers
 * (nothing of them is shown, "te weinig antwoorden"); `notPublished`: an
 * anonymous round that has not published yet (it publishes when it closes).
 */
export type ShiftCell =
  | { status: "shown"; count: number; distribution: Record<Rung, number>; mostChosen: Rung[]; consensus: number | null }
  | { status: "tooFew" | "notPublished" };

/** `guests`: per guest group the same cells from the rounds' guest publications (lib/worksheets/shift-guests.ts). */
export type ActorShift = { key: string; name: string; cells: ShiftCell[]; guests?: GuestGroupShift[] };

export type WorksheetShift = { minimumGroupSize: number; rounds: ShiftRound[]; actors: ActorShift[] };

const ROUND_SELECT = { ...RESULTS_SELECT, openedAt: true, evaluationMomentId: true } satisfies Prisma.RoleWorksheetSelect;

/**
 * How the answers shift over the rounds of a session's worksheet: the session
 * itself, then each herhaling by the date of its moment. Per actor (matched by
 * step 4's actor id) and round: the figures as the round's own results show them
 * (an anonymous round only its publication), and only from k answers, whatever
 * the anonymity setting, so a small round never shows a distribution. Who
 * answered is never read.
 *
 * Griffier and facilitator see every round; an invited raadslid the rounds
 * whose results were released. Null when there is nothing to compare (no
 * herhaling the actor may see).
 */
export async function worksheetShift(actor: Actor, sessionId: string): Promise<WorksheetShift | null> {
  const runner = can(actor.role, "sessions.run");
  if (!runner && !can(actor.role, "sessions.view")) return null;
  const released = runner ? {} : { resultsReleased: true };
  const session = await db().councilSession.findFirst({
    where: { id: sessionId, ...(runner ? sessionScope(actor) : { gemeenteId: actor.gemeenteId, participants: { some: { membershipId: actor.membershipId } } }) },
    select: {
      startsAt: true,
      steps: { where: { number: 9 }, select: { data: true } },
      worksheet: { select: { ...ROUND_SELECT, repeats: { where: released, select: ROUND_SELECT } } },
    },
  });
  const original = session?.worksheet;
  if (!session || !original || original.repeats.length === 0) return null;
  const step9 = parseStepData(9, session.steps[0]?.data ?? {});
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
  const results = await Promise.all(rounds.map((r) => resultsOf(r.worksheet)));
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
      return { status: "shown", count: summary.count, distribution: summary.distribution, mostChosen: summary.mostChosen, consensus: summary.consensus };
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
