import { db } from "@/lib/db";
import { migrationStatus } from "@/lib/health/migrations";
import { logServerError } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * For load balancers and the start script: 200 when the database is reachable
 * and every migration shipped with the app is applied; 503 otherwise (database
 * down, migrations pending or failed), saying what is wrong.
 */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    await logServerError("Health check: database unreachable", error);
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
  try {
    const migrations = await migrationStatus();
    const ok = migrations.pending.length === 0 && migrations.failed.length === 0;
    return Response.json({ status: ok ? "ok" : "error", database: "reachable", migrations }, { status: ok ? 200 : 503 });
  } catch (error) {
    await logServerError("Health check: migration status unknown", error);
    return Response.json({ status: "error", database: "reachable", migrations: "unknown" }, { status: 503 });
  }
}
