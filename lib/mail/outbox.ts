// No "server-only" here: the worker (lib/jobs) runs this outside Next with its own client.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** What kinds of mail there are; `SECRET_KINDS` carry a credential and are emptied once delivered. */
export type MailKind = "invitation" | "password-reset" | "session-invitation" | "reminder-digest";
const SECRET_KINDS: ReadonlySet<string> = new Set<MailKind>(["invitation", "password-reset", "session-invitation"]);

export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingMail = {
  kind: MailKind;
  gemeenteId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** The link the mail carries: shown to the beheerder while the mail is not delivered. */
  link?: string;
};

/** Anything that can insert rows: the app's client or a command's transaction. */
type Writer = Pick<PrismaClient, "outboxMail" | "$executeRaw"> | Prisma.TransactionClient;

/** The channel a new row is announced on, so a worker sends it at once (lib/jobs/worker.ts). */
export const OUTBOX_CHANNEL = "beraad_outbox";

/**
 * Puts mail in the outbox, in the caller's transaction when given one: the mail exists
 * exactly when what caused it was committed. NOTIFY is delivered on commit too.
 */
export async function enqueueMail(writer: Writer, mails: OutgoingMail | OutgoingMail[]): Promise<string[]> {
  const list = Array.isArray(mails) ? mails : [mails];
  const ids: string[] = [];
  for (const mail of list) {
    const row = await writer.outboxMail.create({
      data: {
        kind: mail.kind,
        gemeenteId: mail.gemeenteId ?? null,
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        attachments: mail.attachments ?? [],
        link: mail.link ?? null,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  if (list.length > 0) await writer.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return ids;
}

/** After this many failed attempts a mail is FAILED: shown to the beheerder, retried only by hand. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed mail is reserved for the worker that claimed it (a crash frees it after). */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 after n failures: 1, 2, 4, 8 … minutes, at most 4 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 4 * 3600_000);
}

export type Transport = { sendMail(message: { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] }): Promise<unknown> };

type Claimed = { id: string; kind: string; recipient: string; subject: string; text: string; html: string | null; attachments: Prisma.JsonValue; attempts: number };

/**
 * Claims due mail (FOR UPDATE SKIP LOCKED, so several workers never take the same row),
 * sends each through `transport` and records the outcome: SENT, or back to PENDING with
 * the error and a later next attempt, or FAILED after MAX_ATTEMPTS. At-least-once: a
 * worker that dies mid-send leaves its claim to expire, and the mail is tried again.
 */
export async function sendDueMail(client: PrismaClient, transport: Transport, { batch = 20, now = () => new Date() } = {}): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const at = now();
    const claimed = await client.$queryRaw<Claimed[]>`
      UPDATE outbox_mail SET attempts = attempts + 1, next_attempt_at = ${new Date(at.getTime() + LEASE_MS)}
      WHERE id IN (
        SELECT id FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= ${at}
        ORDER BY next_attempt_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, recipient, subject, text, html, attachments, attempts`;
    if (claimed.length === 0) return { sent, failed };
    for (const mail of claimed) {
      try {
        await transport.sendMail({
          to: mail.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? undefined,
          attachments: (mail.attachments as MailAttachment[] | null) ?? [],
        });
        const secret = SECRET_KINDS.has(mail.kind);
        await client.outboxMail.updateMany({
          where: { id: mail.id, status: "PENDING" },
          // A delivered mail with a credential in it is emptied: the token's hash is all the database keeps.
          data: { status: "SENT", sentAt: now(), lastError: null, ...(secret ? { text: "", html: null, attachments: [], link: null } : {}) },
        });
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const final = mail.attempts >= MAX_ATTEMPTS;
        await client.outboxMail.updateMany({
          where: { id: mail.id, status: "PENDING" },
          data: { lastError: message.slice(0, 500), status: final ? "FAILED" : "PENDING", nextAttemptAt: new Date(now().getTime() + backoffMs(mail.attempts)) },
        });
        failed += 1;
      }
    }
    if (claimed.length < batch) return { sent, failed };
  }
}

/**
 * Outbox retention (the daily `outbox-retention` job, lib/jobs/worker.ts): mail SENT more
 * than `keepDays` days ago is removed (OUTBOX_KEEP_DAYS, default 30). FAILED mail is kept,
 * however old, until a beheerder has seen it: the failed-mail page is where they learn that
 * an invitation did not arrive. PENDING mail is still being tried and is never removed.
 */
export async function removeOldSentMail(client: Pick<PrismaClient, "outboxMail">, { keepDays, now = new Date() }: { keepDays: number; now?: Date }): Promise<{ removed: number }> {
  const before = new Date(now.getTime() - keepDays * 86_400_000);
  const { count } = await client.outboxMail.deleteMany({ where: { status: "SENT", sentAt: { lt: before } } });
  return { removed: count };
}
