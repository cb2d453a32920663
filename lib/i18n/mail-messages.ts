// No "server-only": the worker renders mail (lib/reminders/digest.ts) outside Next.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import { translator } from "./translator";

/**
 * The language a mail is written in: its recipient's (User.locale, set when they
 * choose a language in the app; Dutch when they never did). Mail is written outside the
 * request, so not from the cookie of whoever triggers it.
 */
export const mailLocale = (stored: string | null | undefined): Locale => (isLocale(stored) ? stored : DEFAULT_LOCALE);

/** A translator for one of mail's namespaces in one recipient's language (lib/i18n/translator.ts). */
export function mailTranslator<N extends "reminders" | "sessionInvitations">(locale: Locale, namespace: N) {
  return translator(locale, namespace);
}
