import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { liveListener } from "@/lib/live/listener";
import { liveSnapshot, sharedLiveSnapshot } from "@/lib/live/snapshot";
import { LIVE_HEARTBEAT_MS, LIVE_RETRY_MS } from "@/lib/live/timing";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the projector view: a snapshot on connect (so a
 * reconnect catches up), then a fresh one whenever PostgreSQL NOTIFY says the
 * session's answers changed, on whichever app instance they arrived, and what
 * the projector shows differs from what was sent before.
 */
export const GET = gemeenteRoute<{ sessieId: string }>("sessions.run", async ({ actor, params: { sessieId }, request }) => {
  // Unknown to this actor: "niet gevonden" before the stream opens.
  await liveSnapshot(actor, sessieId);

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream({
    async start(controller) {
      let closed = false;
      let unsubscribe = () => {};
      let heartbeat: ReturnType<typeof setInterval> | undefined = undefined;
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // Registered before any await: a client that leaves during the subscription is still cleaned up.
      request.signal.addEventListener("abort", cleanup);
      // Enqueueing on a stream the client closed throws; that ends this stream, not the process.
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      let sending = Promise.resolve();
      // Only what changed on screen is sent: while an anonymous worksheet is open that is
      // at most the number who answered, never figures (they are published at closing).
      let lastSent = "";
      const send = () => {
        // Streams of one session share one snapshot per change (lib/live/snapshot.ts).
        const generation = liveListener().generation(sessieId);
        sending = sending.then(async () => {
          if (closed) return;
          const snapshot = await sharedLiveSnapshot(actor, sessieId, generation).catch(() => null);
          const data = snapshot && JSON.stringify(snapshot);
          if (!data || data === lastSent) return;
          lastSent = data;
          write(`event: results\ndata: ${data}\n\n`);
        });
      };
      write(`retry: ${LIVE_RETRY_MS}\n\n`);
      send();
      const off = await liveListener().subscribe(sessieId, send);
      if (closed) return off();
      unsubscribe = off;
      heartbeat = setInterval(() => write(": ping\n\n"), LIVE_HEARTBEAT_MS);
      if (request.signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
});
