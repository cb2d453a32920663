import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/** Building blocks for the step schemas; every message is a key of messages/validation.*.json. */

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
export const ID_MAX = 64;
export const LIST_MAX = 50;

const TEXT_MESSAGE = msg("steps.text");
const DATE_MESSAGE = msg("steps.date");

/** Text up to `max` characters; may be empty (steps autosave half-filled forms). */
export function text(max: number) {
  return z
    .string({ error: TEXT_MESSAGE })
    .max(max, { error: msg("steps.textTooLong") })
    .default("");
}

export const shortText = () => text(SHORT_TEXT_MAX);
export const longText = () => text(LONG_TEXT_MAX);

/** Client-generated row id. */
export const itemId = z
  .string({ error: msg("steps.idMissing") })
  .min(1, { error: msg("steps.idMissing") })
  .max(ID_MAX, { error: msg("steps.idTooLong") });

/** A calendar date as "YYYY-MM-DD" (a real date: no 30 February). */
export const requiredDate = z.iso.date({ error: DATE_MESSAGE });

/** A calendar date, or "" when not yet known. */
export const optionalDate = () =>
  z
    .union([z.literal("", { error: DATE_MESSAGE }), z.iso.date({ error: DATE_MESSAGE })], {
      error: DATE_MESSAGE,
    })
    .default("");

export const yesNo = () => z.boolean({ error: msg("steps.yesNo") }).default(false);

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: msg("steps.choose") });
}

/** A list of rows with unique ids, at most LIST_MAX rows. Missing list → []. */
export function list<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item, { error: msg("steps.list") })
    .max(LIST_MAX, { error: msg("steps.listTooLong") })
    .refine((rows) => new Set((rows as { id: string }[]).map((r) => r.id)).size === rows.length, {
      error: msg("steps.rowIds"),
    })
    .default(() => []);
}

/** Wraps a step's fields; a non-object input gets one clear message. */
export function stepObject<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape, { error: msg("steps.stepData") });
}
