import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_FROM_LINK_HEADER, isLocale, type Locale } from "./config";
import { INTL_SETTINGS } from "./formats";

// The locale comes from a cookie (set by the language switch), not the URL:
// links stay the same in both languages. Dutch is the default. A page opened from a mail
// (the RSVP link) takes the mail's language from its `lang` parameter (proxy.ts).
// In the build these imports give compiled messages, not ICU strings (next.config.mjs:
// next-intl's catalog loader runs on every file in messages/): translate them, never read them.
async function importMessages(locale: Locale) {
  const [base, preparation, validation] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/preparation.${locale}.json`),
    import(`../../messages/validation.${locale}.json`),
  ]);
  return { ...base.default, preparation: preparation.default, validation: validation.default };
}

// Files of the build, the same for every request: composed once per language, so every
// request hands next-intl the same object (and nothing is copied per request).
const composed = new Map<Locale, ReturnType<typeof importMessages>>();
function loadMessages(locale: Locale) {
  let messages = composed.get(locale);
  if (!messages) composed.set(locale, (messages = importMessages(locale)));
  return messages;
}

export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_FROM_LINK_HEADER) ?? (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), ...INTL_SETTINGS };
});
