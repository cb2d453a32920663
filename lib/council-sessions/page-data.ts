import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getCouncilSession } from "./get-session";

/** For pages: the session, or the "niet gevonden" page. */
export async function sessionOrNotFound(actor: Actor, sessionId: string) {
  try {
    return await getCouncilSession(actor, sessionId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
