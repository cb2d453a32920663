import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { email } from "./auth";
import { newPasswordSchema } from "./password";

const repeated = <T extends { password: string; passwordRepeat: string }>(v: T) => v.password === v.passwordRepeat;
const REPEAT_ISSUE = { path: ["passwordRepeat"], message: msg("members.passwordsDiffer") };

/** "Wachtwoord vergeten": only the address. */
export const forgotPasswordSchema = z.object({ email });

/** A new password through a reset link (the token is the credential). */
export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, msg("auth.resetLinkInvalid")).max(200, msg("auth.resetLinkInvalid")),
    password: newPasswordSchema,
    passwordRepeat: z.string().max(200, msg("auth.passwordTooLong")),
  })
  .refine(repeated, REPEAT_ISSUE);

/** Changing the password while signed in: the current one first. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: msg("members.currentPasswordRequired") }).min(1, msg("members.currentPasswordRequired")).max(200, msg("auth.passwordTooLong")),
    password: newPasswordSchema,
    passwordRepeat: z.string().max(200, msg("auth.passwordTooLong")),
  })
  .refine(repeated, REPEAT_ISSUE);
