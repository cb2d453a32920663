import type { z } from "zod";
import { readMessage } from "./message";

/** A translator of the "validation" namespace: next-intl's getTranslations("validation") or useTranslations("validation"). */
export type ValidationTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * One issue's text in the reader's language: its message is a key (lib/validation/message.ts),
 * filled with the bounds the issue knows and the values fixed in the schema. A message
 * that is no key (a check of our own worded in code) is shown as it is.
 */
export function issueText(t: ValidationTranslator, issue: MessageWithBounds): string {
  const { key, values } = readMessage(issue.message);
  if (!t.has(key)) return issue.message;
  return t(key, {
    min: Number(issue.minimum ?? 0),
    max: Number(issue.maximum ?? 0),
    origin: typeof issue.origin === "string" ? issue.origin : "other",
    ...values,
  });
}

/** A message with what a zod issue knows about its bounds: a zod issue itself, or one kept for later (an import problem). */
export type MessageWithBounds = { message: string; minimum?: unknown; maximum?: unknown; origin?: unknown };

/** The message and bounds of an issue, as plain data to translate later. */
export const withBounds = (issue: z.core.$ZodIssue): MessageWithBounds => {
  const { minimum, maximum, origin } = issue as MessageWithBounds;
  return { message: issue.message, minimum: minimum == null ? undefined : Number(minimum), maximum: maximum == null ? undefined : Number(maximum), origin };
};

/** The field errors of a refused parse, by dotted path ("_form" for the form as a whole), in the reader's language. */
export function fieldErrorsOf(error: z.ZodError, t: ValidationTranslator): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issueText(t, issue));
  return fieldErrors;
}
