import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/** True for an absolute http(s) URL with a host: what a link to the raadsinformatiesysteem may be. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * A link to the raadsvoorstel, meeting or agenda item in the council's
 * information system (iBabs, Notubiz, GO): empty, or an http(s) URL. No
 * javascript:, data: or file: links: the link is shown to every reader.
 */
export const risUrlSchema = z
  .string()
  .trim()
  .max(2000, msg("ris.urlTooLong"))
  .refine((value) => value === "" || isWebUrl(value), msg("ris.urlInvalid"))
  .default("");

export const sessionRisLinkSchema = z.object({ risUrl: risUrlSchema });

/** The beheerder's setting: empty (no lookup) or the base URL of an Open Raadsinformatie-compatible API. */
export const oriBaseUrlSchema = z.object({
  oriBaseUrl: z
    .string()
    .trim()
    .max(500, msg("ris.urlTooLong"))
    .refine((value) => value === "" || isWebUrl(value), msg("ris.baseUrlInvalid"))
    .transform((value) => value.replace(/\/+$/, ""))
    .default(""),
});

export const oriSearchSchema = z.object({
  query: z.string().trim().min(2, msg("ris.queryTooShort")).max(200, msg("ris.queryTooLong")),
  kind: z.enum(["Meeting", "AgendaItem"]).default("Meeting"),
});
