import { liveness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Liveness for a process supervisor: 200 while the process answers HTTP; the database is not asked. */
export function GET() {
  const { status, body } = liveness();
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
