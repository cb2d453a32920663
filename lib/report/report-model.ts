import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { readsReportAsReviewer, reportScope } from "@/lib/auth/policy";
import { commitmentView } from "@/lib/commitments/view";
import { getSessionForReport } from "@/lib/council-sessions/get-session";
import { todayInAmsterdam } from "@/lib/dates";
import { rankingTable } from "@/lib/fracties/table";
import { toCheckInput, toStepsInput } from "@/lib/preparation/load";
import { sessionProgress } from "@/lib/preparation/progress";
import { participantSummary, roomForInputStatement } from "@/lib/preparation/rendering";
import { valueMapOf } from "@/lib/values/values";
import { resultsOfMany } from "@/lib/worksheets/results";
import { repeatMomentsOf } from "@/lib/worksheets/repeats";
import { shiftOf, shiftRoundsOf } from "@/lib/worksheets/shift";
import { reportAttendanceOf } from "./attendance";
import { reportContent } from "./content";

/**
 * Everything the review page, the verslag (web page, PDF, Word) show, gathered
 * once. Read in the verslag's own scope (lib/auth/policy.ts#reportScope): the
 * reviewers (griffier, facilitator) always; the other members of the gemeente
 * only once the griffier shared it. The role-choice results are the worksheet's
 * own (its stored publication on an anonymous worksheet, k respected); readers
 * of a shared verslag get the figures without the names of a named worksheet.
 */
export async function reportModel(actor: Actor, sessionId: string) {
  const scope = reportScope(actor);
  const reviewer = readsReportAsReviewer(actor);
  // One statement for the session and all its parts (lib/council-sessions/get-session.ts), one more
  // for what the results of the worksheet and its herhalingen count.
  const { worksheet, cases, sessionValues, verdicts, commitments: commitmentRows, rankings, gemeente, rsvps, guests, repeatGuests, ...session } = await getSessionForReport(actor, sessionId, scope);
  const today = todayInAmsterdam();
  const step9 = session.steps.find((s) => s.number === 9)?.data;
  // The rounds (the shift over the herhalingen) start with the session's own worksheet; the verslag
  // shows every round to whoever may read it, as it shows the results (worksheetShift with reportScope).
  const rounds = worksheet ? shiftRoundsOf(true, { startsAt: session.startsAt, step9, worksheet }) : null;
  // No worksheet: no results.
  const allResults = await resultsOfMany(rounds ? rounds.rounds.map((r) => r.worksheet) : worksheet ? [worksheet] : []);
  const results = allResults[0] ?? null;
  const attendance = reportAttendanceOf({ participants: session.participants, rsvps, guests });
  const values = valueMapOf({ cases, sessionValues, verdicts, steps: session.steps });
  const commitments = commitmentRows.map((c) => commitmentView(c, today));
  const ranking = { fracties: gemeente.fracties, rankings };
  const steps = toStepsInput(session.steps);
  return {
    session,
    /** Whether the reader reviews the session (sees the names of a named worksheet and the steps' progress). */
    reviewer,
    results: results && !reviewer ? { ...results, actors: results.actors.map((a) => ({ ...a, named: null })) } : results,
    values,
    rankings: rankingTable(values.values.map((v) => ({ id: v.id, name: v.name })), ranking.fracties, ranking.rankings),
    commitments,
    attendance,
    content: reportContent(steps, session),
    roomForInput: roomForInputStatement(steps[5].data, "council"),
    participation: participantSummary(steps[8].data),
    evaluationMoments: [...steps[9].data.evaluationMoments].sort((a, b) => a.date.localeCompare(b.date)),
    progress: sessionProgress(toCheckInput(session.steps, today, null, session.guestsAllowed)),
    /** For reviewers: step 9's moments with their herhalingen (as sessionRepeats); null for readers. */
    repeats: reviewer ? repeatMomentsOf(step9, worksheet && { state: worksheet.state, repeats: worksheet.repeats }) : null,
    /** For reviewers: the herhalingen's guest panels (as lib/guests/repeats.ts#repeatGuestPanels, in the session's statement); null for readers. */
    repeatGuests,
    /** How the answers shift over the session's round and its herhalingen (as worksheetShift in the verslag's scope; null without herhalingen). */
    shift: rounds && shiftOf(rounds, allResults),
  };
}

export type ReportModel = Awaited<ReturnType<typeof reportModel>>;
