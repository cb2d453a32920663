// No "server-only": used by the worker (lib/jobs/worker.ts), in or outside Next.
import nodemailer from "nodemailer";
import type { MailAttachment, Transport } from "./outbox";

/** A nodemailer transport for SMTP_URL that sends as MAIL_FROM. */
export function smtpTransport(smtpUrl: string, from: string): Transport & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    sendMail: (message) =>
      transport.sendMail({
        from,
        ...message,
        attachments: message.attachments?.map((a: MailAttachment) => ({
          filename: a.filename,
          content: a.content,
          // A calendar invitation is shown as one by mail clients when its method is in the type.
          contentType: a.contentType,
        })),
      }),
    close: () => transport.close(),
  };
}
