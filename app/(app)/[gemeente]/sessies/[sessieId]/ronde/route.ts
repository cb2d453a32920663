import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { phoneRound } from "@/lib/live/rounds";
import { liveEventStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/** Server-sent events for a raadslid's phone: the round the facilitator steps the room through, nothing else. */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.view", async ({ actor, params: { sessieId }, request }) => {
  await phoneRound(actor, sessieId);
  return liveEventStream(request, sessieId, "round", () => phoneRound(actor, sessieId));
});
