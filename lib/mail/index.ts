import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueMail, type OutgoingMail } from "./outbox";

/** True when SMTP_URL is configured; otherwise links are shown to pass on by hand. */
export const mailConfigured = () => Boolean(env().SMTP_URL);

/**
 * Puts mail in the outbox (PostgreSQL); the worker sends it with retries (lib/jobs).
 * Inside a command, call `enqueueMail(tx, …)` instead, so the mail commits with the change.
 */
export async function queueMail(mails: OutgoingMail | OutgoingMail[]): Promise<void> {
  await enqueueMail(db(), mails);
}
