import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { command, exactlyOne } from "@/lib/db/command";
import { db } from "@/lib/db";
import { OUTBOX_CHANNEL } from "./outbox";

/**
 * The gemeente's mail that could not be delivered (FAILED after every retry), with the link it
 * carried, and how many are still waiting: what the beheerder sees on the members page.
 */
export async function failedMail(actor: Actor) {
  assertCan(actor, "members.manage");
  const [failed, pending] = await Promise.all([
    db().outboxMail.findMany({
      where: { gemeenteId: actor.gemeenteId, status: "FAILED" },
      select: { id: true, recipient: true, subject: true, link: true, attempts: true, lastError: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db().outboxMail.count({ where: { gemeenteId: actor.gemeenteId, status: "PENDING" } }),
  ]);
  return { failed, pending };
}

/** Puts a failed mail of the gemeente back in the outbox for a new series of attempts. */
export async function retryMail(actor: Actor, mailId: string) {
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const row = await tx.outboxMail.findFirst({ where: { id: mailId, gemeenteId: actor.gemeenteId, status: "FAILED" }, select: { recipient: true } });
    exactlyOne(await tx.outboxMail.updateMany({ where: { id: mailId, gemeenteId: actor.gemeenteId, status: "FAILED" }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() } }));
    await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
    await audit({ action: "mail.retry", entityType: "OutboxMail", entityId: mailId, after: { recipient: row?.recipient } });
    return { recipient: row!.recipient };
  });
}
