import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { listSessionCommitments } from "@/lib/commitments/commitments";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { todayInAmsterdam } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { toCheckInput, toStepsInput } from "@/lib/preparation/load";
import { sessionProgress } from "@/lib/preparation/progress";
import { roomForInputStatement } from "@/lib/preparation/rendering";
import { valueMap } from "@/lib/values/values";
import { worksheetResults } from "@/lib/worksheets/results";

/**
 * Everything the review page, the printable report and the PDF show, gathered
 * once. Only for those who review (griffier, facilitator).
 */
export async function reportModel(actor: Actor, sessionId: string) {
  const session = await getCouncilSession(actor, sessionId);
  const today = todayInAmsterdam();
  const [results, values, commitments] = await Promise.all([
    // For a reviewer, "not found" here means the session has no worksheet.
    worksheetResults(actor, session.id).catch((error) => (isAppError(error) && error.code === "NOT_FOUND" ? null : Promise.reject(error))),
    valueMap(actor, session.id),
    listSessionCommitments(actor, session.id, today),
  ]);
  const steps = toStepsInput(session.steps);
  return {
    session,
    results,
    values,
    commitments,
    roomForInput: roomForInputStatement(steps[5].data, "council"),
    evaluationMoments: steps[9].data.evaluationMoments,
    progress: sessionProgress(toCheckInput(session.steps, today, null, session.guestsAllowed)),
  };
}

export type ReportModel = Awaited<ReturnType<typeof reportModel>>;
