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
import { resultsOf } from "@/lib/worksheets/results";
import { worksheetShift } from "@/lib/worksheets/shift";
import { reportAttendance } from "./attendance";
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
  // One statement for the session and all its parts, one more for what the results count (lib/council-sessions/get-session.ts).
  const { worksheet, cases, sessionValues, verdicts, commitments: commitmentRows, rankings, gemeente, ...session } = await getSessionForReport(actor, sessionId, scope);
  const today = todayInAmsterdam();
  // No worksheet: no results.
  // The herhalingen (if any): the same figures as the review page's shift view, in the verslag's scope.
  const [results, attendance, shift] = await Promise.all([worksheet ? resultsOf(worksheet) : null, reportAttendance(session.id), worksheet ? worksheetShift(actor, session.id, scope) : null]);
  const values = valueMapOf({ cases, sessionValues, verdicts, steps: session.steps });
  const commitments = commitmentRows.map((c) => commitmentView(c, today));
  const ranking = { fracties: gemeente.fracties, rankings };
  const reviewer = readsReportAsReviewer(actor);
  const steps = toStepsInput(session.steps);
  return {
    session,
    /** Whether the reader reviews the session (sees the names of a named worksheet and the steps' progress). */
    reviewer,
    results: results && !reviewer ? { ...results, actors: results.actors.map((a) => ({ ...a, named: null })) } : results,
    /** How the answers shift over the session's round and its herhalingen (null without herhalingen). */
    shift,
    values,
    rankings: rankingTable(values.values.map((v) => ({ id: v.id, name: v.name })), ranking.fracties, ranking.rankings),
    commitments,
    attendance,
    content: reportContent(steps, session),
    roomForInput: roomForInputStatement(steps[5].data, "council"),
    participation: participantSummary(steps[8].data),
    evaluationMoments: [...steps[9].data.evaluationMoments].sort((a, b) => a.date.localeCompare(b.date)),
    progress: sessionProgress(toCheckInput(session.steps, today, null, session.guestsAllowed)),
  };
}

export type ReportModel = Awaited<ReturnType<typeof reportModel>>;
