import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The worksheet's state for the session page (no answers, no names). */
export async function worksheetStatus(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  return db().roleWorksheet.findFirst({
    where: { sessionId, session: { gemeenteId: actor.gemeenteId } },
    select: { state: true, anonymous: true, resultsReleased: true },
  });
}
