import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import type { Locale } from "./config";
import { INTL_SETTINGS } from "./formats";

/**
 * Translators outside a request (mail, CSV, the proxy's refusal, tests). In the build a
 * message is compiled (next.config.mjs), so only a translator turns it into text, and that
 * formatter knows only the date styles of INTL_SETTINGS: every translator is made here,
 * with them, so none can forget them (tests/unit/i18n/precompiled.test.ts keeps it so).
 * Use `translator` (lib/i18n/translator.ts) for the whole catalogue; `mainTranslator` only
 * where the bundle must stay small (the proxy).
 */
export function translatorOver<const M extends Record<string, unknown>, const N extends NamespaceKeys<M, NestedKeyOf<M>> = never>(locale: Locale, messages: M, namespace?: N) {
  return createTranslator({ locale, messages, namespace, ...INTL_SETTINGS });
}

const MAIN = { nl, en } as const;

/**
 * A translator over messages/<locale>.json alone (no preparation or validation messages):
 * the proxy runs in its own bundle, which imports nothing else of the catalogue.
 */
export function mainTranslator<const N extends NamespaceKeys<typeof nl, NestedKeyOf<typeof nl>> = never>(locale: Locale, namespace?: N) {
  return translatorOver<typeof nl, N>(locale, MAIN[locale] as typeof nl, namespace);
}
