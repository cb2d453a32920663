import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** True when SMTP_URL is configured; otherwise links are shown to pass on by hand. */
export const mailConfigured = () => Boolean(env().SMTP_URL);

export async function sendMail(to: string, subject: string, text: string): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not configured");
  const transport = nodemailer.createTransport(url);
  await transport.sendMail({ from: env().MAIL_FROM, to, subject, text });
}
