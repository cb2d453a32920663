import { gemeenteRoute, notFoundResponse } from "@/lib/auth/gemeente-route";
import { canSeePart } from "@/lib/auth/policy";
import { listSessionCommitments } from "@/lib/commitments/commitments";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { todayInAmsterdam } from "@/lib/dates";
import { attachment } from "@/lib/http/attachment";
import { evaluationCalendar } from "@/lib/preparation/calendar";
import { toStepsInput } from "@/lib/preparation/load";

/** The session's evaluation moments (step 9) as an .ics download. */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", async ({ actor, params: { sessieId } }) => {
  const session = await getCouncilSession(actor, sessieId);
  if (!canSeePart(actor.role, session.sharedParts, "EVALUATION")) return notFoundResponse();
  const moments = toStepsInput(session.steps)[9].data.evaluationMoments;
  const commitments = await listSessionCommitments(actor, session.id, todayInAmsterdam());
  return new Response(evaluationCalendar(session, moments, commitments), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": attachment("evaluatiemomenten.ics"),
      "Cache-Control": "private, no-store",
    },
  });
});
