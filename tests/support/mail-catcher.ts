import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; text: string; attachments: { filename: string; contentType: string; content: string }[] };

/**
 * A real SMTP server on a free port of 127.0.0.1 (the `smtp-server` package), for the
 * integration tests (the worker's nodemailer transport) and the end-to-end tests (an app
 * instance with SMTP_URL pointing here). Each message is parsed (mailparser) and kept for
 * the test to read. `down = true` refuses every connection, as an unreachable mail server
 * looks to nodemailer.
 */
export class MailCatcher {
  readonly mails: ReceivedMail[] = [];
  down = false;
  url = "";
  private read = new Set<ReceivedMail>();
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onConnect: (_session, callback) => callback(this.down ? Object.assign(new Error("Service not available"), { responseCode: 421 }) : undefined),
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

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Every mail to `to` (case-insensitive) received so far. */
  to(to: string) {
    return this.mails.filter((m) => m.to.toLowerCase().includes(to.toLowerCase()));
  }

  /** Waits for the first mail to `to` not read before, and returns it; fails after `timeout` ms. */
  async next(to: string, timeout = 15_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const mail = this.to(to).find((m) => !this.read.has(m));
      if (mail) {
        this.read.add(mail);
        return mail;
      }
      if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeout} ms (received: ${this.mails.map((m) => m.to).join("; ") || "none"})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
