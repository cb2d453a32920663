import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers and the start script: 200 when the database is reachable
 * and every migration shipped with the app is applied; 503 otherwise, saying which check
 * failed but no internal names (those are in the log).
 */
export async function GET() {
  const { status, body } = await readiness();
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
