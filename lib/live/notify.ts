import "server-only";
import { db } from "@/lib/db";

/** The PostgreSQL channel live views listen on; the payload is a session id. */
export const LIVE_CHANNEL = "beraad_live";

/**
 * Tells every app instance that a session's live data changed. NOTIFY goes
 * through PostgreSQL, so a projector served by another instance hears it too.
 */
export async function notifyLive(sessionId: string): Promise<void> {
  await db().$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${sessionId})`;
}
