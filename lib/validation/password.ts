import commonPasswords from "@/lib/passwords/common-passwords.json";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/**
 * Passwords people choose (accepting an invitation, resetting, changing), following the
 * NCSC's advice: a long minimum instead of composition rules, and no password from a list
 * of commonly used ones. The list (lib/passwords/common-passwords.json, shipped in the repo)
 * holds only entries of 10 characters or more, as shorter ones are refused anyway.
 * Its own module: the list must not reach a browser bundle through the sign-in schema.
 */
export const MIN_PASSWORD_LENGTH = 10;

const COMMON = new Set<string>(commonPasswords);

/** True when the password is on the list, ignoring case and surrounding spaces ("Welkom2024!" too). */
export const isCommonPassword = (password: string) => COMMON.has(password.trim().toLowerCase());

export const newPasswordSchema = z
  .string({ error: msg("auth.newPasswordRequired") })
  .min(MIN_PASSWORD_LENGTH, msg("auth.newPasswordTooShort"))
  .max(200, msg("auth.newPasswordTooLong"))
  .refine((password) => !isCommonPassword(password), msg("auth.commonPassword"));
