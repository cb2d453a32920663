"use server";

import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { gemeenteAction, publicAction } from "@/lib/auth/gemeente-action";
import { changePassword } from "@/lib/auth/change-password";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { mailConfigured, queueMail } from "@/lib/mail";
import { currentClientAddress } from "@/lib/security/client-address";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/password-forms";
import { RESET_TTL_MS, requestPasswordReset, resetPassword } from "./reset";

/**
 * Public: "wachtwoord vergeten". The answer is the same whether or not the address has an
 * account; the mail goes out after the answer (next/server `after`), so the time taken
 * does not tell either. The link's base is NEXTAUTH_URL only, never the request's Host
 * header, which a caller could set to their own site to catch the token.
 */
export const requestPasswordResetAction = publicAction({ schema: forgotPasswordSchema }, async ({ input }) => {
  const t = await getTranslations("passwords");
  if (!mailConfigured()) return { status: "error", message: t("forgot.noMail") };
  const request = await requestPasswordReset(input.email, await currentClientAddress());
  if (request.status === "limited") throw new AppError("RESET_LIMITED");
  if (request.status === "send") {
    const base = env().NEXTAUTH_URL?.replace(/\/$/, "");
    const subject = t("mail.subject");
    const body = base && t("mail.body", { link: `${base}/wachtwoord-herstellen/${request.token}`, minutes: RESET_TTL_MS / 60_000 });
    after(async () => {
      if (!body) return log.error("password reset mail not sent: NEXTAUTH_URL is not set");
      // Into the outbox: the worker sends it, retrying while the SMTP server is away.
      await queueMail({ kind: "password-reset", to: request.email, subject, text: body }).catch((err: unknown) => log.error({ err }, "password reset mail not queued"));
    });
  }
  return { status: "success", message: t("forgot.sent", { email: input.email }) };
});

/** Public: the reset link's single-use token is the credential. */
export const resetPasswordAction = publicAction({ schema: resetPasswordSchema }, async ({ input }) => {
  await resetPassword(input.token, input.password);
  return { status: "success", message: (await getTranslations("passwords"))("reset.done") };
});

/** Any member changes their own password (the gemeente in the URL is only where the page is). */
export const changePasswordAction = gemeenteAction({ permission: "gemeente.view", schema: changePasswordSchema }, async ({ input }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("NOT_FOUND");
  await changePassword(user, { currentPassword: input.currentPassword, newPassword: input.password }, await currentClientAddress());
  return { status: "success", message: (await getTranslations("passwords"))("change.done") };
});
