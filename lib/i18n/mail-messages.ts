// No "server-only": the worker renders mail (lib/reminders/digest.ts) outside Next.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import { FORMATS } from "./formats";

/**
 * The messages a mail is written with, in its recipient's language (User.locale, set when they
 * choose a language in the app; Dutch when they never did). Mail is written outside the
 * request, so not from the cookie of whoever triggers it.
 */
export const MAIL_MESSAGES = { nl, en } as const satisfies Record<Locale, unknown>;

export const mailLocale = (stored: string | null | undefined): Locale => (isLocale(stored) ? stored : DEFAULT_LOCALE);

/** A translator for one namespace in one recipient's language. */
export function mailTranslator<N extends "reminders" | "sessionInvitations">(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MAIL_MESSAGES[locale] as typeof nl, namespace, timeZone: "Europe/Amsterdam", formats: FORMATS });
}
