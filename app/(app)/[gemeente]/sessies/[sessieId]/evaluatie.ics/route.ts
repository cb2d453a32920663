import { loadActor } from "@/lib/auth/membership";
import { getSessionUser } from "@/lib/auth/session";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { canSeePart } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors";
import { listSessionCommitments } from "@/lib/commitments/commitments";
import { todayInAmsterdam } from "@/lib/dates";
import { evaluationCalendar } from "@/lib/preparation/calendar";
import { toStepsInput } from "@/lib/preparation/load";

/** The session's evaluation moments (step 9) as an .ics download. */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const user = await getSessionUser();
  if (!user) return new Response("Niet ingelogd", { status: 401 });
  try {
    const actor = await loadActor(user, gemeente, "sessions.view");
    const session = await getCouncilSession(actor, sessieId);
    if (!canSeePart(actor.role, session.sharedParts, "EVALUATION")) return new Response("Niet gevonden", { status: 404 });
    const moments = toStepsInput(session.steps)[9].data.evaluationMoments;
    const commitments = await listSessionCommitments(actor, session.id, todayInAmsterdam());
    return new Response(evaluationCalendar(session, moments, commitments), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="evaluatiemomenten.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Niet gevonden", { status: 404 });
    throw error;
  }
}
