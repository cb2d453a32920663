import "server-only";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { db, type Prisma } from "./index";

export type Tx = Prisma.TransactionClient;

export type CommandContext = {
  tx: Tx;
  actor: Actor;
  /** Writes an audit event in the command's transaction, so it lands with the change or not at all. */
  audit: (entry: AuditEntry) => Promise<void>;
};

/**
 * The one shape of a write by a member (in the spirit of Decidim's commands):
 * the permission is checked, then the body runs in ONE transaction, where each
 * write carries the gemeente in its own `where` (updateMany/deleteMany with the
 * scope, checked with `exactlyOne`) and records its audit event. A body that
 * throws rolls everything back, the audit event included.
 *
 * Kept so by tests/unit/db/command-shape.test.ts: no `$transaction` and no
 * update or delete by a bare id outside the data layer's allowed places.
 */
export async function command<R>(
  actor: Actor,
  permission: Permission,
  body: (context: CommandContext) => Promise<R>,
  /** For a write many people make at once (an evening's answers): wait longer for a connection rather than fail. */
  options?: { maxWait?: number; timeout?: number },
): Promise<R> {
  assertCan(actor, permission);
  return db().$transaction((tx) => body({ tx, actor, audit: (entry) => recordAudit(tx, actor, entry) }), options);
}

/**
 * A scoped write touched exactly one row, or the row is not the actor's to touch
 * (another gemeente, gone, or changed since it was read: `code`).
 */
export function exactlyOne(result: { count: number }, code: AppErrorCode = "NOT_FOUND"): void {
  if (result.count !== 1) throw new AppError(code);
}

/** A row read in the actor's scope, or NOT_FOUND: the read half of "find in gemeente, then write". */
export function found<T>(row: T | null | undefined, code: AppErrorCode = "NOT_FOUND"): T {
  if (row == null) throw new AppError(code);
  return row;
}
