import type { z } from "zod";
import { fieldErrorsOf, issueText, type MessageWithBounds, type ValidationTranslator } from "@/lib/validation/issues";
import { translator } from "@/lib/i18n/translator";

/** The validation messages as a reader of `locale` sees them, the way the app translates them. */
export function validationTranslator(locale: "nl" | "en" = "nl"): ValidationTranslator {
  return translator(locale, "validation") as unknown as ValidationTranslator;
}

/** A refused parse's messages in Dutch (or English), as the form would show them. */
export const messagesOf = (error: z.ZodError, locale: "nl" | "en" = "nl") => error.issues.map((issue) => issueText(validationTranslator(locale), issue));
/** An import's problems as the import form lists them: "where: message". */
export const problemTexts = (problems: (MessageWithBounds & { at: string })[], locale: "nl" | "en" = "nl") =>
  problems.map((p) => `${p.at || "bestand"}: ${issueText(validationTranslator(locale), p)}`);
export const errorsByField = (error: z.ZodError, locale: "nl" | "en" = "nl") => fieldErrorsOf(error, validationTranslator(locale));
