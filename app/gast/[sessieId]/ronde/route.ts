import { guestOf } from "@/lib/auth/guest";
import { guestRound } from "@/lib/live/rounds";
import { liveEventStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for a guest's phone: the round only. The guest cookie (path
 * /gast/<session>) opens this one live session's stream and no other.
 */
export async function GET(request: Request, { params }: { params: Promise<{ sessieId: string }> }) {
  const { sessieId } = await params;
  const guest = await guestOf(sessieId);
  if (!guest) return new Response("Niet gevonden", { status: 404 });
  return liveEventStream(request, sessieId, "round", () => guestRound(guest));
}
