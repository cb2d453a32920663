import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { liveSnapshot, sharedLiveSnapshot } from "@/lib/live/snapshot";
import { liveEventStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the projector view (lib/live/stream.ts). Only what changed on
 * screen is sent: while an anonymous worksheet is open that is at most the number who
 * answered, never figures (they are published at closing). Streams of one session share
 * one snapshot per change (lib/live/snapshot.ts).
 */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.run", async ({ actor, params: { sessieId }, request }) => {
  // Unknown to this actor: "niet gevonden" before the stream opens.
  await liveSnapshot(actor, sessieId);
  return liveEventStream(request, sessieId, "results", (generation) => sharedLiveSnapshot(actor, sessieId, generation));
});
