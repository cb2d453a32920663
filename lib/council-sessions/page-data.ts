import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getCouncilSession } from "./get-session";

/**
 * For pages: the session, or the "niet gevonden" page. Memoised per request
 * (React `cache`, keyed on the request's actor object), so generateMetadata and
 * the page share one query.
 */
export const sessionOrNotFound = cache(async (actor: Actor, sessionId: string) => {
  try {
    return await getCouncilSession(actor, sessionId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
