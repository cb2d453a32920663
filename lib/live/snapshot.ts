import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RESULTS_SELECT, resultsOf } from "@/lib/worksheets/results";
import { APPROVED_GUEST_CASES } from "@/lib/guests/cases";
import { sessionScope } from "@/lib/auth/policy";
import type { LiveRoundName } from "@/lib/validation/live-rounds";

export type LiveSnapshot = {
  worksheetState: "CONCEPT" | "OPEN" | "GESLOTEN" | null;
  anonymous: boolean;
  /** How many have answered so far (participation, not what they chose). */
  respondents: number;
  /** How many guests joined (participation only). */
  guests: number;
  /** Anonymous worksheets: figures come from the publication at closing, per actor from this many answers on. */
  minimumGroupSize: number;
  publishedAt: string | null;
  /** The round the facilitator steps the room through, and the programme item in progress (lib/live/rounds.ts). */
  round: LiveRoundName | null;
  currentItem: string | null;
  /** Guests' cases the facilitator approved (never a pending or rejected one), with the group they came from. */
  guestCases: { id: string; group: string; description: string; values: string[] }[];
  actors: {
    actorId: string;
    name: string;
    /** Null: not shown (anonymous and fewer than the minimum group size published). */
    summary: { distribution: Record<string, number>; count: number; mostChosen: string[]; consensus: number | null; reading: string } | null;
    /** `name` null: someone removed from the gemeente since (their answer stays, detached). */
    named: { name: string | null; rung: string }[] | null;
  }[];
};

const EMPTY_SNAPSHOT: LiveSnapshot = { worksheetState: null, anonymous: true, respondents: 0, guests: 0, minimumGroupSize: 0, publishedAt: null, round: null, currentItem: null, guestCases: [], actors: [] };

/**
 * What the projector shows right now; the same shape for the first render and every update.
 * A session outside the actor's scope is "not found" (the live stream must not
 * subscribe to it), while one of its own without a worksheet yet is an empty snapshot.
 * An anonymous worksheet shows only its publication (never figures that move
 * while people answer: lib/worksheets/publication.ts).
 */
export async function liveSnapshot(actor: Actor, sessionId: string): Promise<LiveSnapshot> {
  // Those who run sessions see results at any time (lib/worksheets/results.ts): the only readers of this.
  assertCan(actor, "sessions.run");
  const session = await db().councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { worksheet: { select: RESULTS_SELECT }, liveRound: true, liveItemId: true, agendaItems: { select: { id: true, title: true } }, guestCases: APPROVED_GUEST_CASES, _count: { select: { guests: { where: { worksheetId: null } } } } } });
  if (!session) throw new AppError("NOT_FOUND");
  const live = {
    round: session.liveRound,
    currentItem: session.agendaItems.find((i) => i.id === session.liveItemId)?.title ?? null,
    guestCases: session.guestCases,
  };
  if (!session.worksheet) return { ...EMPTY_SNAPSHOT, ...live, guests: session._count.guests };
  // The worksheet came with the session (same scope): its results without reading it again.
  const results = await resultsOf(session.worksheet);
  return {
    worksheetState: results.state,
    anonymous: results.anonymous,
    respondents: results.respondents,
    guests: session._count.guests,
    minimumGroupSize: results.minimumGroupSize,
    publishedAt: results.publishedAt,
    ...live,
    actors: results.actors.map((a) => ({
      actorId: a.actorId,
      name: a.name,
      summary: a.summary,
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
