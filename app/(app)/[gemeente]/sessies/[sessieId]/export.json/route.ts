import { gemeenteRoute } from "@/lib/auth/gemeente-route";
import { exportSession } from "@/lib/exchange/export-session";
import { attachment } from "@/lib/http/attachment";

export const GET = gemeenteRoute<{ sessieId: string }>("sessions.review", async ({ actor, params: { sessieId } }) => {
  const file = await exportSession(actor, sessieId);
  return new Response(JSON.stringify(file, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": attachment(`sessie-${file.session.title}.json`), "Cache-Control": "private, no-store" },
  });
});
