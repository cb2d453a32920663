import "server-only";
import { getTranslations, getLocale } from "next-intl/server";
import { appBaseUrl } from "@/lib/app-url";
import type { Actor } from "@/lib/auth/permissions";
import { canSeePart } from "@/lib/auth/policy";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { AppError } from "@/lib/errors";
import type { ReportLanguage } from "@/lib/report/outline";
import { draaiboekOutline } from "./draaiboek";

/**
 * The draaiboek of a session for this request's language: for everyone who may
 * see the session's programme (the same rule as the programme page). "Not
 * found" otherwise.
 */
export async function draaiboekFor(actor: Actor, sessionId: string) {
  const session = await getCouncilSession(actor, sessionId);
  if (!canSeePart(actor.role, session.sharedParts, "PROGRAMME")) throw new AppError("NOT_FOUND");
  const [t, locale, base] = await Promise.all([getTranslations(), getLocale(), appBaseUrl()]);
  const outline = draaiboekOutline(session, { t: t as unknown as ReportLanguage["t"], locale }, { joinUrl: `${base}/meedoen` });
  return { session, outline, locale, t };
}
