import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/**
 * For load balancers and the start script: 200 when the database is reachable
 * and every migration shipped with the app is applied; 503 otherwise (database
 * down, migrations pending or failed), saying what is wrong.
 */
export async function GET() {
  const { status, body } = await readiness();
  return Response.json(body, { status });
}
