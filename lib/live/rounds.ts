import "server-only";
import { programmeClock } from "@/lib/agenda/clock";
import { toLocalDateTime } from "@/lib/dates";
import type { Guest } from "@/lib/auth/guest";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { command, exactlyOne, found, type Tx } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { notifyLive } from "@/lib/live/notify";
import { ADD_TIME_MINUTES, MAX_ITEM_MINUTES, type LiveRoundName, type SteerProgrammeInput } from "@/lib/validation/live-rounds";

/**
 * The facilitator steps the room through rounds (now / desired / a casus) and changes the
 * programme while the session is live: do an item now, skip it (or put it back), add time,
 * move it. Each change is one command with its audit record, then a NOTIFY, so every phone
 * and projector on every instance follows (lib/live). Only whoever runs the session
 * (griffier, or a facilitator of this session: sessionScope) and only while it is LIVE.
 */

async function liveSession(tx: Tx, actor: Actor, sessionId: string) {
  const session = found(await tx.councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { id: true, status: true, liveRound: true, liveItemId: true } }));
  if (session.status !== "LIVE") throw new AppError("SESSION_NOT_LIVE");
  return session;
}

export async function setLiveRound(actor: Actor, sessionId: string, round: LiveRoundName | null) {
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    const before = await liveSession(tx, actor, sessionId);
    exactlyOne(await tx.councilSession.updateMany({ where: { ...sessionScope(actor), id: sessionId, status: "LIVE" }, data: { liveRound: round } }));
    await audit({ action: "council-session.live-round", entityType: "CouncilSession", entityId: sessionId, before: { round: before.liveRound }, after: { round } });
  });
  await notifyLive(sessionId);
}

export async function steerProgramme(actor: Actor, sessionId: string, input: SteerProgrammeInput) {
  await command(actor, "sessions.run", async ({ tx, audit }) => {
    const session = await liveSession(tx, actor, sessionId);
    const scope = { id: input.itemId, sessionId, session: { gemeenteId: actor.gemeenteId } };
    const item = found(await tx.agendaItem.findFirst({ where: scope, select: { id: true, position: true, skipped: true, durationMinutes: true } }));
    const entry = { entityType: "AgendaItem", entityId: item.id, action: `agenda-item.live-${input.command}` };
    switch (input.command) {
      case "current":
        exactlyOne(await tx.councilSession.updateMany({ where: { ...sessionScope(actor), id: sessionId }, data: { liveItemId: item.id } }));
        exactlyOne(await tx.agendaItem.updateMany({ where: scope, data: { skipped: false } }));
        await audit({ ...entry, before: { current: session.liveItemId }, after: { current: item.id } });
        return;
      case "skip":
      case "unskip": {
        const skipped = input.command === "skip";
        exactlyOne(await tx.agendaItem.updateMany({ where: scope, data: { skipped } }));
        if (skipped && session.liveItemId === item.id) {
          // Skipping the item in progress moves the room on to the next one not skipped.
          const next = await tx.agendaItem.findFirst({ where: { sessionId, skipped: false, position: { gt: item.position } }, orderBy: { position: "asc" }, select: { id: true } });
          exactlyOne(await tx.councilSession.updateMany({ where: { ...sessionScope(actor), id: sessionId }, data: { liveItemId: next?.id ?? null } }));
        }
        await audit({ ...entry, before: { skipped: item.skipped }, after: { skipped } });
        return;
      }
      case "addTime": {
        const minutes = Math.min(MAX_ITEM_MINUTES, item.durationMinutes + ADD_TIME_MINUTES);
        exactlyOne(await tx.agendaItem.updateMany({ where: scope, data: { durationMinutes: minutes } }));
        await audit({ ...entry, before: { durationMinutes: item.durationMinutes }, after: { durationMinutes: minutes } });
        return;
      }
      case "up":
      case "down": {
        const up = input.command === "up";
        const neighbour = await tx.agendaItem.findFirst({ where: { sessionId, position: up ? { lt: item.position } : { gt: item.position } }, orderBy: { position: up ? "desc" : "asc" }, select: { id: true, position: true } });
        if (!neighbour) return;
        exactlyOne(await tx.agendaItem.updateMany({ where: scope, data: { position: neighbour.position } }));
        exactlyOne(await tx.agendaItem.updateMany({ where: { ...scope, id: neighbour.id }, data: { position: item.position } }));
        await audit({ ...entry, before: { position: item.position }, after: { position: neighbour.position } });
      }
    }
  });
  await notifyLive(sessionId);
}

export type LiveProgramme = {
  round: LiveRoundName | null;
  /** Each item with its clock time as the room runs it (skipped items take no time and have none). */
  items: { id: string; title: string; durationMinutes: number; skipped: boolean; current: boolean; startTime: string | null; endTime: string | null }[];
  /** When the programme ends as it stands, and by how much it runs past the session's end (0: it fits). */
  endTime: string;
  overrunMinutes: number;
  /** The session's end on the clock ("21:30"); null when it has none. */
  sessionEnd: string | null;
};

/** The live round and programme, for whoever runs the session (the director's card and the projector). */
export async function liveProgramme(actor: Actor, sessionId: string): Promise<LiveProgramme> {
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: { liveRound: true, liveItemId: true, startsAt: true, endsAt: true, agendaItems: { select: { id: true, title: true, durationMinutes: true, skipped: true }, orderBy: { position: "asc" } } },
  });
  if (!session) throw new AppError("NOT_FOUND");
  return liveProgrammeOf(session);
}

/** The live programme from the session's own row and agenda (also selected by the overview's one read). */
export function liveProgrammeOf(session: {
  liveRound: LiveRoundName | null;
  liveItemId: string | null;
  startsAt: Date;
  endsAt: Date | null;
  agendaItems: { id: string; title: string; durationMinutes: number; skipped: boolean }[];
}): LiveProgramme {
  const clock = programmeClock(session.startsAt, session.agendaItems, { endsAt: session.endsAt, leaveOutSkipped: true });
  return {
    round: session.liveRound,
    items: clock.items.map(({ slot, ...i }) => ({ ...i, current: i.id === session.liveItemId, startTime: slot?.startTime ?? null, endTime: slot?.endTime ?? null })),
    endTime: clock.endTime,
    overrunMinutes: clock.overrunMinutes,
    sessionEnd: session.endsAt ? toLocalDateTime(session.endsAt).time : null,
  };
}

/** What a phone follows: only the round (no programme, no figures). */
export async function phoneRound(actor: Actor, sessionId: string): Promise<{ round: LiveRoundName | null }> {
  const session = await db().councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { liveRound: true, status: true } });
  if (!session) throw new AppError("NOT_FOUND");
  return { round: session.status === "LIVE" ? session.liveRound : null };
}

/** The same for a guest's phone: their own live session only. */
export async function guestRound(guest: Guest): Promise<{ round: LiveRoundName | null }> {
  const session = await db().councilSession.findFirst({ where: { id: guest.sessionId, gemeenteId: guest.gemeenteId, status: "LIVE" }, select: { liveRound: true } });
  return { round: session?.liveRound ?? null };
}
