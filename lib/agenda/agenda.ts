import "server-only";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import type { Actor } from "@/lib/auth/permissions";
import type { AgendaItemInput } from "@/lib/validation/agenda";

/** Where an item of this session in the actor's gemeente is: every read and write of an item carries it. */
const itemScope = (actor: Actor, sessionId: string, itemId: string) => ({ id: itemId, sessionId, session: { gemeenteId: actor.gemeenteId } });

/** What adds and updates take: the form's fields, the RIS link optional (files and tests made before it existed). */
type AgendaItemFields = Omit<AgendaItemInput, "risUrl"> & { risUrl?: string };

const findItem = async (tx: Tx, actor: Actor, sessionId: string, itemId: string) => found(await tx.agendaItem.findFirst({ where: itemScope(actor, sessionId, itemId) }));

export function addAgendaItem(actor: Actor, sessionId: string, input: AgendaItemFields) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    found(await tx.councilSession.findFirst({ where: { id: sessionId, gemeenteId: actor.gemeenteId }, select: { id: true } }));
    const last = await tx.agendaItem.aggregate({ where: { sessionId }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { sessionId, position: (last._max.position ?? 0) + 1, ...input },
      select: { id: true },
    });
    await audit({ action: "agenda-item.create", entityType: "AgendaItem", entityId: item.id, after: input });
    return item;
  });
}

/** An item's own fields, as another person saved them (shown beside the user's input on a conflict). */
export type AgendaItemConflict = AgendaItemInput & { version: number };

/** What the item form gets back: the version to save from next, and on a conflict the other person's version. */
export type AgendaItemFormResult = { version: number; conflict?: AgendaItemConflict };

export type UpdateAgendaItemResult = { ok: true; version: number } | { ok: false; conflict: AgendaItemConflict };

const ownFields = ({ title, phase, workMethod, goal, durationMinutes, risUrl, version }: AgendaItemConflict): AgendaItemConflict => ({ title, phase, workMethod, goal, durationMinutes, risUrl, version });

/**
 * Saves an item's fields when nobody saved them since `version` was read
 * (optimistic concurrency, as in lib/preparation/save-step.ts). Otherwise
 * nothing is written and the other person's version is returned.
 */
export function updateAgendaItem(actor: Actor, sessionId: string, input: AgendaItemFields & { itemId: string; version: number }): Promise<UpdateAgendaItemResult> {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const { itemId, version, ...fields } = input;
    const before = ownFields(await findItem(tx, actor, sessionId, itemId));
    const updated = await tx.agendaItem.updateMany({ where: { ...itemScope(actor, sessionId, itemId), version }, data: { ...fields, version: { increment: 1 } } });
    // Read again: someone may have saved between the first read and this update.
    if (updated.count !== 1) return { ok: false, conflict: ownFields(await findItem(tx, actor, sessionId, itemId)) };
    await audit({ action: "agenda-item.update", entityType: "AgendaItem", entityId: itemId, before, after: fields });
    return { ok: true, version: version + 1 };
  });
}

export function deleteAgendaItem(actor: Actor, sessionId: string, itemId: string) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const before = await findItem(tx, actor, sessionId, itemId);
    exactlyOne(await tx.agendaItem.deleteMany({ where: itemScope(actor, sessionId, itemId) }));
    await audit({
      action: "agenda-item.delete",
      entityType: "AgendaItem",
      entityId: itemId,
      before: { title: before.title, phase: before.phase, durationMinutes: before.durationMinutes },
    });
  });
}

/** Swaps an item with its neighbour: reordering that works with a keyboard, no dragging needed. */
export function moveAgendaItem(actor: Actor, sessionId: string, itemId: string, direction: "up" | "down") {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const item = await findItem(tx, actor, sessionId, itemId);
    const neighbour = await tx.agendaItem.findFirst({
      where: { sessionId, position: direction === "up" ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return;
    exactlyOne(await tx.agendaItem.updateMany({ where: itemScope(actor, sessionId, item.id), data: { position: neighbour.position } }));
    exactlyOne(await tx.agendaItem.updateMany({ where: itemScope(actor, sessionId, neighbour.id), data: { position: item.position } }));
    await audit({
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
