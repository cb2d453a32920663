import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/**
 * A row id as the app hands them out (cuid) or any other sane id: letters,
 * digits, "-" and "_". An id bound to a server action in the page comes back
 * from the client like a form field does, and may be an object or hold a NUL.
 */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, msg("field.gone"));

export const isId = (value: unknown): value is string => idSchema.safeParse(value).success;
