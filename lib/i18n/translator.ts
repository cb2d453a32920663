import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import preparationEn from "@/messages/preparation.en.json";
import preparationNl from "@/messages/preparation.nl.json";
import validationEn from "@/messages/validation.en.json";
import validationNl from "@/messages/validation.nl.json";
import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Locale } from "./config";
import { translatorOver } from "./main-translator";

/** One language's whole catalogue, composed as the request config composes it (lib/i18n/request.ts). */
const CATALOGUES = {
  nl: { ...nl, preparation: preparationNl, validation: validationNl },
  en: { ...en, preparation: preparationEn, validation: validationEn },
} as const;
type Catalogue = (typeof CATALOGUES)["nl"];

/**
 * A translator in `locale`, over that language's whole catalogue, optionally for one
 * namespace (`translator("en", "worksheetCsv")`), with the time zone and date styles every
 * translator has (lib/i18n/formats.ts). For text written outside a request: mail, CSV, tests.
 */
export function translator<const N extends NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>> = never>(locale: Locale, namespace?: N) {
  return translatorOver<Catalogue, N>(locale, CATALOGUES[locale] as Catalogue, namespace);
}
