import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { sessionScope } from "@/lib/auth/policy";

/** The worksheet's state and actors for the session page (no answers, no names). */
export async function worksheetStatus(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.view");
  return db().roleWorksheet.findFirst({
    where: { sessionId, session: sessionScope(actor) },
    select: { id: true, state: true, anonymous: true, resultsReleased: true, actors: { select: { id: true, key: true }, orderBy: { position: "asc" } } },
  });
}
