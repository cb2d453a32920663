import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

export const email = z
  .string({ error: msg("auth.emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, msg("auth.emailRequired"))
  .max(254, msg("auth.emailTooLong"))
  .pipe(z.email(msg("auth.emailInvalid")));

export const signInSchema = z.object({
  email,
  password: z.string({ error: msg("auth.passwordRequired") }).min(1, msg("auth.passwordRequired")).max(200, msg("auth.passwordTooLong")),
});

export const newPasswordSchema = z
  .string({ error: msg("auth.newPasswordRequired") })
  .min(10, msg("auth.newPasswordTooShort"))
  .max(200, msg("auth.newPasswordTooLong"));

export const personName = z
  .string({ error: msg("auth.nameRequired") })
  .trim()
  .min(2, msg("auth.nameTooShort"))
  .max(120, msg("auth.nameTooLong"));

export type SignInInput = z.infer<typeof signInSchema>;
