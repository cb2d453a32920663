import { attachment, withRouteActor } from "@/lib/report/route-actor";
import { worksheetCsv } from "@/lib/worksheets/csv";

export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  return withRouteActor(gemeente, "sessions.review", async (actor) =>
    new Response(await worksheetCsv(actor, sessieId), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment("werkblad-antwoorden.csv"), "Cache-Control": "private, no-store" },
    }),
  );
}
