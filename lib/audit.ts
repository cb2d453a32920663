import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Writes an audit event inside the caller's transaction, so it lands with the change. */
export async function recordAudit(
  tx: Tx,
  who: Pick<Actor, "userId" | "gemeenteId"> | { userId: string | null; gemeenteId: string | null },
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      gemeenteId: who.gemeenteId,
      actorId: who.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    },
  });
}
