import "server-only";
import { db } from "@/lib/db";
import { REMINDER_KINDS, type ReminderKind } from "./kinds";

/** The reminder kinds this person gets (all, unless switched off). Their own setting, not the gemeente's. */
export async function reminderSettings(userId: string): Promise<Record<ReminderKind, boolean>> {
  const off = new Set((await db().reminderOptOut.findMany({ where: { userId }, select: { kind: true } })).map((o) => o.kind));
  return Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, !off.has(kind)])) as Record<ReminderKind, boolean>;
}

/** Keeps the kinds ticked, switches the others off. Writes only the person's own rows. */
export async function saveReminderSettings(userId: string, wanted: readonly ReminderKind[]) {
  const off = REMINDER_KINDS.filter((kind) => !wanted.includes(kind));
  await db().reminderOptOut.deleteMany({ where: { userId, kind: { notIn: off } } });
  await db().reminderOptOut.createMany({ data: off.map((kind) => ({ userId, kind })), skipDuplicates: true });
}
