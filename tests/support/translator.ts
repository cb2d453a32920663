import { translator as appTranslator } from "@/lib/i18n/translator";

/** The translations of the request, as the routes pass them to the PDF and the Word letter. */
export function translator(locale: "nl" | "en") {
  const translate = appTranslator(locale);
  return ((key: string, values?: Record<string, string | number>) => {
    try {
      return translate(key as never, values as never);
    } catch {
      return key; // a key this fixture's model does not fill exactly (e.g. a reading); the structure is what counts
    }
  }) as (key: string, values?: Record<string, string | number>) => string;
}
