import type { AddressInfo } from "node:net";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; text: string; attachments: { filename: string; contentType: string; content: string }[] };

/**
 * A real SMTP server on a free port of 127.0.0.1 (the `smtp-server` package), so an app
 * instance with SMTP_URL pointing here sends its mail through nodemailer exactly as in
 * production; each message is parsed (mailparser) and kept for the test to read.
 */
export class Mailbox {
  readonly mails: ReceivedMail[] = [];
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
          const attachments = mail.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") }));
          this.mails.push({ to, subject: mail.subject ?? "", text: mail.text ?? "", attachments });
          callback();
        })
        .catch(callback);
    },
  });
  url = "";

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private read = new Set<ReceivedMail>();

  /** Waits for the first mail to `to` (case-insensitive) not read before, and returns it. */
  async next(to: string, timeout = 15_000): Promise<ReceivedMail> {
    const match = () => this.to(to).find((m) => !this.read.has(m));
    await expect.poll(() => Boolean(match()), { timeout }).toBe(true);
    const mail = match()!;
    this.read.add(mail);
    return mail;
  }

  /** Every mail to `to` received so far. */
  to(to: string) {
    return this.mails.filter((m) => m.to.toLowerCase().includes(to.toLowerCase()));
  }
}
