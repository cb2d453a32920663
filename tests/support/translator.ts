import { createTranslator } from "next-intl";
import { FORMATS } from "@/lib/i18n/formats";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import preparationEn from "@/messages/preparation.en.json";
import preparationNl from "@/messages/preparation.nl.json";

/** The translations of the request, as the routes pass them to the PDF and the Word letter. */
export function translator(locale: "nl" | "en") {
  const translate = createTranslator({ locale, messages: locale === "nl" ? { ...nl, preparation: preparationNl } : { ...en, preparation: preparationEn }, formats: FORMATS });
  return ((key: string, values?: Record<string, string | number>) => {
    try {
      return translate(key as never, values as never);
    } catch {
      return key; // a key this fixture's model does not fill exactly (e.g. a reading); the structure is what counts
    }
  }) as (key: string, values?: Record<string, string | number>) => string;
}
