import "server-only";
import { liveListener } from "@/lib/live/listener";
import { LIVE_HEARTBEAT_MS, LIVE_RETRY_MS } from "@/lib/live/timing";

// Streams of one session get the same snapshot object per change (lib/live/snapshot.ts):
// it is turned into text once, and every stream keeps (as the last sent) that one string.
const texts = new WeakMap<object, string>();
function serialised(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

/**
 * Server-sent events for one session: what `compute` returns on connect (so a reconnect
 * catches up), then again whenever PostgreSQL NOTIFY says the session changed, on whichever
 * app instance, and only when it differs from what was sent before. `compute` gets the
 * listener's generation so streams of one session can share one computation per change;
 * null sends nothing.
 */
export function liveEventStream(request: Request, sessionId: string, event: string, compute: (generation: string) => Promise<unknown>): Response {
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
      let lastSent = "";
      const send = () => {
        const generation = liveListener().generation(sessionId);
        sending = sending.then(async () => {
          if (closed) return;
          const value = await compute(generation).catch(() => null);
          const data = value ? serialised(value) : null;
          if (!data || data === lastSent) return;
          lastSent = data;
          write(`event: ${event}\ndata: ${data}\n\n`);
        });
      };
      write(`retry: ${LIVE_RETRY_MS}\n\n`);
      send();
      const off = await liveListener().subscribe(sessionId, send);
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
}
