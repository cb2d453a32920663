import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** The readiness check under its first address, kept for monitoring set up before /api/health/ready existed. */
export async function GET() {
  const { status, body } = await readiness();
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
