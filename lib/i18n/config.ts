export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * A page reached from a mail speaks the mail's language: proxy.ts copies a valid `lang`
 * query parameter of such a page into this request header (never from the client), and
 * lib/i18n/request.ts prefers it to the cookie, for that request only.
 */
export const LOCALE_FROM_LINK_HEADER = "x-beraad-locale-from-link";
/** The pages whose links come from a mail and carry `lang`. */
export const pageTakesLangFromLink = (pathname: string) => pathname.startsWith("/aanwezigheid/");
