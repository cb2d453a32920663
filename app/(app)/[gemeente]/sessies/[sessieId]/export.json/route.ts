import { exportSession } from "@/lib/exchange/export-session";
import { attachment, withRouteActor } from "@/lib/report/route-actor";

export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  return withRouteActor(gemeente, "sessions.review", async (actor) => {
    const file = await exportSession(actor, sessieId);
    return new Response(JSON.stringify(file, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": attachment(`sessie-${file.session.title}.json`), "Cache-Control": "private, no-store" },
    });
  });
}
