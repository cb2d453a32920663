import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { readsReportAsReviewer, reportScope } from "@/lib/auth/policy";
import { listSessionCommitments } from "@/lib/commitments/commitments";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { todayInAmsterdam } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { fractieRankings } from "@/lib/fracties/fracties";
import { rankingTable } from "@/lib/fracties/table";
import { toCheckInput, toStepsInput } from "@/lib/preparation/load";
import { sessionProgress } from "@/lib/preparation/progress";
import { participantSummary, roomForInputStatement } from "@/lib/preparation/rendering";
import { valueMap } from "@/lib/values/values";
import { worksheetResults } from "@/lib/worksheets/results";
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
  const session = await getCouncilSession(actor, sessionId, scope);
  const today = todayInAmsterdam();
  const [results, values, commitments, ranking, attendance] = await Promise.all([
    // "Not found" here means the session has no worksheet.
    worksheetResults(actor, session.id, scope).catch((error) => (isAppError(error) && error.code === "NOT_FOUND" ? null : Promise.reject(error))),
    valueMap(actor, session.id, scope),
    listSessionCommitments(actor, session.id, today, scope),
    fractieRankings(actor, session.id, scope),
    reportAttendance(session.id),
  ]);
  const reviewer = readsReportAsReviewer(actor);
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
  };
}

export type ReportModel = Awaited<ReturnType<typeof reportModel>>;
