import { z } from "@/lib/validation/zod";
import { email } from "./auth";
import { newPasswordSchema } from "./password";

const repeated = <T extends { password: string; passwordRepeat: string }>(v: T) => v.password === v.passwordRepeat;
const REPEAT_ISSUE = { path: ["passwordRepeat"], message: "De twee wachtwoorden zijn niet gelijk." };

/** "Wachtwoord vergeten": only the address. */
export const forgotPasswordSchema = z.object({ email });

/** A new password through a reset link (the token is the credential). */
export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, "Deze link is ongeldig.").max(200, "Deze link is ongeldig."),
    password: newPasswordSchema,
    passwordRepeat: z.string().max(200, "Dit wachtwoord is te lang."),
  })
  .refine(repeated, REPEAT_ISSUE);

/** Changing the password while signed in: the current one first. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
    password: newPasswordSchema,
    passwordRepeat: z.string().max(200, "Dit wachtwoord is te lang."),
  })
  .refine(repeated, REPEAT_ISSUE);
