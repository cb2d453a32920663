import "server-only";
import { db } from "@/lib/db";
import { log, logServerError } from "@/lib/log";
import { migrationStatus } from "./migrations";

export type HealthAnswer = { status: 200 | 503; body: Record<string, string> };

/** The process answers: nothing is checked, so a slow database does not get the instance restarted. */
export function liveness(): HealthAnswer {
  return { status: 200, body: { status: "ok" } };
}

/**
 * Ready to serve: the database is reachable and every migration shipped with the
 * app is applied. Anyone may ask (load balancers do, unauthenticated), so the answer
 * says only which check failed; the names of pending or failed migrations and the
 * database error go to the log.
 */
export async function readiness(): Promise<HealthAnswer> {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    await logServerError("Health check: database unreachable", error);
    return { status: 503, body: { status: "error", database: "unreachable" } };
  }
  try {
    const migrations = await migrationStatus();
    if (migrations.failed.length > 0 || migrations.pending.length > 0) {
      log.warn({ pending: migrations.pending, failed: migrations.failed }, "Health check: migrations not applied");
      return { status: 503, body: { status: "error", database: "reachable", migrations: migrations.failed.length > 0 ? "failed" : "pending" } };
    }
    return { status: 200, body: { status: "ok", database: "reachable", migrations: "applied" } };
  } catch (error) {
    await logServerError("Health check: migration status unknown", error);
    return { status: 503, body: { status: "error", database: "reachable", migrations: "unknown" } };
  }
}
