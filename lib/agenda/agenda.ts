import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AgendaItemInput } from "@/lib/validation/agenda";

type Tx = Prisma.TransactionClient;

/** The session must belong to the actor's gemeente. */
async function assertSession(tx: Tx, actor: Actor, sessionId: string) {
  const found = await tx.councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}

async function findItem(tx: Tx, actor: Actor, sessionId: string, itemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: itemId, sessionId, session: { gemeenteId: actor.gemeenteId } },
  });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

export async function addAgendaItem(actor: Actor, sessionId: string, input: AgendaItemInput) {
  assertCan(actor, "sessions.prepare");
  return db().$transaction(async (tx) => {
    await assertSession(tx, actor, sessionId);
    const last = await tx.agendaItem.aggregate({ where: { sessionId }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { sessionId, position: (last._max.position ?? 0) + 1, ...input },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "agenda-item.create", entityType: "AgendaItem", entityId: item.id, after: input });
    return item;
  });
}

/** An item's own fields, as another person saved them (shown beside the user's input on a conflict). */
export type AgendaItemConflict = AgendaItemInput & { version: number };

export type UpdateAgendaItemResult = { ok: true; version: number } | { ok: false; conflict: AgendaItemConflict };

const ownFields = ({ title, phase, workMethod, goal, durationMinutes, version }: AgendaItemConflict): AgendaItemConflict => ({ title, phase, workMethod, goal, durationMinutes, version });

/**
 * Saves an item's fields when nobody saved them since `version` was read
 * (optimistic concurrency, as in lib/preparation/save-step.ts). Otherwise
 * nothing is written and the other person's version is returned.
 */
export async function updateAgendaItem(actor: Actor, sessionId: string, input: AgendaItemInput & { itemId: string; version: number }): Promise<UpdateAgendaItemResult> {
  assertCan(actor, "sessions.prepare");
  return db().$transaction(async (tx) => {
    const { itemId, version, ...fields } = input;
    const before = ownFields(await findItem(tx, actor, sessionId, itemId));
    const updated = await tx.agendaItem.updateMany({ where: { id: itemId, version }, data: { ...fields, version: { increment: 1 } } });
    // Read again: someone may have saved between the first read and this update.
    if (updated.count !== 1) return { ok: false, conflict: ownFields(await findItem(tx, actor, sessionId, itemId)) };
    await recordAudit(tx, actor, { action: "agenda-item.update", entityType: "AgendaItem", entityId: itemId, before, after: fields });
    return { ok: true, version: version + 1 };
  });
}

export async function deleteAgendaItem(actor: Actor, sessionId: string, itemId: string) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const before = await findItem(tx, actor, sessionId, itemId);
    await tx.agendaItem.delete({ where: { id: itemId } });
    await recordAudit(tx, actor, {
      action: "agenda-item.delete",
      entityType: "AgendaItem",
      entityId: itemId,
      before: { title: before.title, phase: before.phase, durationMinutes: before.durationMinutes },
    });
  });
}

/** Swaps an item with its neighbour: reordering that works with a keyboard, no dragging needed. */
export async function moveAgendaItem(actor: Actor, sessionId: string, itemId: string, direction: "up" | "down") {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const item = await findItem(tx, actor, sessionId, itemId);
    const neighbour = await tx.agendaItem.findFirst({
      where: { sessionId, position: direction === "up" ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return;
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
    await tx.agendaItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await recordAudit(tx, actor, {
      action: "agenda-item.move",
      entityType: "AgendaItem",
      entityId: item.id,
      before: { position: item.position },
      after: { position: neighbour.position },
    });
  });
}

/** Total planned minutes of a programme. */
export const totalMinutes = (items: { durationMinutes: number }[]) => items.reduce((sum, i) => sum + i.durationMinutes, 0);
