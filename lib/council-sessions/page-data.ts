import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getCouncilSession, getSessionOverview } from "./get-session";

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

/** For the session's overview page: the session with its worksheet state, commitments and cards (one query), or "niet gevonden". */
export const sessionOverviewOrNotFound = cache(async (actor: Actor, sessionId: string, today: string, locale: string) => {
  try {
    return await getSessionOverview(actor, sessionId, today, locale);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
