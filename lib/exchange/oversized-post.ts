import { mainTranslator } from "@/lib/i18n/main-translator";
import { ACTION_BODY_LIMIT_BYTES, MAX_IMPORT_MEGABYTES } from "./limits.mjs";

/**
 * The refusal of a POST larger than any server action takes (in practice a session file
 * far over the limit, sent without JavaScript: the import form checks the size first).
 * Next.js would read it only to answer a bare 500, so the proxy answers this instead,
 * in the language chosen in the header. Null for any other request. Translated, not read
 * from the imported object: in the build a message is compiled (next.config.mjs).
 */
export function oversizedPostRefusal(method: string, headers: Headers, locale: string | undefined): string | null {
  if (method !== "POST" || Number(headers.get("content-length") ?? 0) <= ACTION_BODY_LIMIT_BYTES) return null;
  const t = mainTranslator(locale === "en" ? "en" : "nl", "exchange");
  return t("tooLargeRequest", { max: MAX_IMPORT_MEGABYTES });
}
