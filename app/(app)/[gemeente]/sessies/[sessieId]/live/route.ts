import { loadActor } from "@/lib/auth/membership";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { liveListener } from "@/lib/live/listener";
import { liveSnapshot, sharedLiveSnapshot } from "@/lib/live/snapshot";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the projector view: a snapshot on connect (so a
 * reconnect catches up), then a fresh one whenever PostgreSQL NOTIFY says the
 * session's answers changed, on whichever app instance they arrived.
 */
export async function GET(request: Request, { params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const user = await getSessionUser();
  if (!user) return new Response("Niet ingelogd", { status: 401 });
  let actor;
  try {
    actor = await loadActor(user.id, gemeente, "sessions.run");
    await liveSnapshot(actor, sessieId);
  } catch (error) {
    if (isAppError(error)) return new Response("Niet gevonden", { status: 404 });
    throw error;
  }

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream({
    async start(controller) {
      let closed = false;
      let sending = Promise.resolve();
      const send = () => {
        const generation = liveListener().generation(sessieId);
        sending = sending.then(async () => {
          if (closed) return;
          const snapshot = await sharedLiveSnapshot(actor, sessieId, generation).catch(() => null);
          if (snapshot && !closed) controller.enqueue(encoder.encode(`event: results\ndata: ${JSON.stringify(snapshot)}\n\n`));
        });
      };
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      send();
      const unsubscribe = await liveListener().subscribe(sessieId, send);
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(": ping\n\n")), 15000);
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
      request.signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
