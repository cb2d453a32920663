import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { worksheetResults } from "@/lib/worksheets/results";

export type LiveSnapshot = {
  worksheetState: "CONCEPT" | "OPEN" | "GESLOTEN" | null;
  anonymous: boolean;
  respondents: number;
  actors: {
    actorId: string;
    name: string;
    distribution: Record<string, number>;
    count: number;
    mostChosen: string[];
    consensus: number | null;
    reading: string;
    /** `name` null: someone removed from the gemeente since (their answer stays, detached). */
    named: { name: string | null; rung: string }[] | null;
  }[];
};

/**
 * What the projector shows right now; the same shape for the first render and every update.
 * A session outside the actor's gemeente is "not found" (the live stream must not
 * subscribe to it), while one of its own without a worksheet yet is an empty snapshot.
 */
export async function liveSnapshot(actor: Actor, sessionId: string): Promise<LiveSnapshot> {
  const session = await db().councilSession.count({ where: { id: sessionId, gemeenteId: actor.gemeenteId } });
  if (!session) throw new AppError("NOT_FOUND");
  const exists = await db().roleWorksheet.count({ where: { sessionId, session: { gemeenteId: actor.gemeenteId } } });
  if (!exists) return { worksheetState: null, anonymous: true, respondents: 0, actors: [] };
  const results = await worksheetResults(actor, sessionId);
  return {
    worksheetState: results.state,
    anonymous: results.anonymous,
    respondents: results.respondents,
    actors: results.actors.map((a) => ({
      actorId: a.actorId,
      name: a.name,
      distribution: a.summary.distribution,
      count: a.summary.count,
      mostChosen: a.summary.mostChosen,
      consensus: a.summary.consensus,
      reading: a.summary.reading,
      named: a.named?.map((n) => ({ name: n.name, rung: n.rung })) ?? null,
    })),
  };
}

const pending = new Map<string, { generation: string; snapshot: Promise<LiveSnapshot> }>();

/**
 * For the projector streams: when a change is announced, every open stream of
 * this instance asks for a snapshot at once. They share one computation per
 * session and change (`generation`, from the listener) instead of querying once
 * per screen. Only for actors who run sessions: they all see the same results,
 * so the key is the gemeente and the session. A computation started before a
 * later change is never handed out for it.
 */
export function sharedLiveSnapshot(actor: Actor, sessionId: string, generation: string): Promise<LiveSnapshot> {
  assertCan(actor, "sessions.run");
  const key = `${actor.gemeenteId}:${sessionId}`;
  const current = pending.get(key);
  if (current && current.generation === generation) return current.snapshot;
  const snapshot = liveSnapshot(actor, sessionId).finally(() => {
    if (pending.get(key)?.snapshot === snapshot) pending.delete(key);
  });
  pending.set(key, { generation, snapshot });
  return snapshot;
}
