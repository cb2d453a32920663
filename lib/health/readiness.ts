import "server-only";
import { db } from "@/lib/db";
import { logServerError } from "@/lib/log";
import { migrationStatus } from "./migrations";

/**
 * Ready to serve: the database is reachable and every migration shipped with the
 * app is applied. Answers the HTTP status and body of the health check.
 */
export async function readiness(): Promise<{ status: 200 | 503; body: Record<string, unknown> }> {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    await logServerError("Health check: database unreachable", error);
    return { status: 503, body: { status: "error", database: "unreachable" } };
  }
  try {
    const migrations = await migrationStatus();
    const ok = migrations.pending.length === 0 && migrations.failed.length === 0;
    return { status: ok ? 200 : 503, body: { status: ok ? "ok" : "error", database: "reachable", migrations } };
  } catch (error) {
    await logServerError("Health check: migration status unknown", error);
    return { status: 503, body: { status: "error", database: "reachable", migrations: "unknown" } };
  }
}
