import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/not-found";
import { getCouncilSession, getSessionOverview, getStepPageSession } from "./get-session";

/**
 * For pages: the session, or the "niet gevonden" page. Memoised per request
 * (React `cache`, keyed on the request's actor object), so generateMetadata and
 * the page share one query.
 */
export const sessionOrNotFound = cache(async (actor: Actor, sessionId: string) => {
  return orNotFound(getCouncilSession(actor, sessionId), "NOT_FOUND");
});

/** For the session's overview page: the session with its worksheet state, commitments and cards (one query), or "niet gevonden". */
export const sessionOverviewOrNotFound = cache(async (actor: Actor, sessionId: string, today: string, locale: string) => {
  return orNotFound(getSessionOverview(actor, sessionId, today, locale), "NOT_FOUND");
});

/** For a step page: the session, and for those who run it the council's rung and the worksheet's state (one query), or "niet gevonden". */
export const stepSessionOrNotFound = cache(async (actor: Actor, sessionId: string) => {
  return orNotFound(getStepPageSession(actor, sessionId), "NOT_FOUND");
});
