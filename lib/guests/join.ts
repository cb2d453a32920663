import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/live/join-code";
import { notifyLive } from "@/lib/live/notify";
import { consume, release, type Limit } from "@/lib/rate-limit";
import type { GuestJoinInput } from "@/lib/validation/guests";
import { joinRepeatAsGuest, repeatForCode } from "./repeats";

/**
 * Wrong codes per client address (lib/security/client-address.ts), whether typed on
 * the join page or posted: guessing one of 31^6 codes stays hopeless. A right code is
 * taken back, so forty phones behind the council chamber's one Wi-Fi address are fine.
 */
export const GUEST_CODE_ATTEMPTS: Limit = { bucket: "guest-code", max: 30, windowMs: 10 * 60 * 1000 };
/**
 * Joins per client address. Roomy, because a whole room may share one address;
 * what really bounds a session is its cap (CouncilSession.guestCap).
 */
export const GUEST_JOINS: Limit = { bucket: "guest-join", max: 1000, windowMs: 10 * 60 * 1000 };

export type GuestSession = {
  id: string;
  title: string;
  gemeenteName: string;
  groups: string[];
  /** Set when the code is a herhaling's (lib/guests/repeats.ts): the guest joins that herhaling only. */
  repeat?: { id: string; date: string; subject: string };
};

/**
 * What a code opens to someone who is not (or not as a member) signed in: a live
 * session open to guests, a live session for members only ("members": sign in), or
 * nothing (null). Counts as an attempt of the client unless the code is live.
 */
export async function lookUpCode(code: string, client: string): Promise<GuestSession | "members" | null> {
  const attempt = await consume(GUEST_CODE_ATTEMPTS, client);
  if (attempt === null) throw new AppError("RATE_LIMITED");
  const normalised = normaliseJoinCode(code);
  const session =
    normalised.length === JOIN_CODE_LENGTH
      ? await db().councilSession.findFirst({
          where: { joinCode: normalised, status: "LIVE" },
          select: { id: true, title: true, guestsAllowed: true, archivedAt: true, guestGroups: true, gemeente: { select: { name: true } } },
        })
      : null;
  if (!session) {
    // Not a live session's: maybe a herhaling open to guests (its own code).
    const repeat = normalised.length === JOIN_CODE_LENGTH ? await repeatForCode(normalised) : null;
    if (!repeat) return null;
    await release(attempt);
    return { id: repeat.sessionId, title: repeat.title, gemeenteName: repeat.gemeenteName, groups: repeat.groups, repeat: { id: repeat.id, date: repeat.date, subject: repeat.subject } };
  }
  await release(attempt);
  if (!session.guestsAllowed || session.archivedAt) return "members";
  return { id: session.id, title: session.title, gemeenteName: session.gemeente.name, groups: session.guestGroups };
}

async function findGuestSession(code: string, client: string): Promise<GuestSession | null> {
  const found = await lookUpCode(code, client);
  return found === "members" ? null : found;
}

/**
 * A guest joins: a row with their group and optional nickname, nothing else. Refused
 * (nothing written) for an unknown code, a group the session does not offer, or a
 * full session. The cap is checked under a lock per session, so a crowd joining at
 * once cannot overshoot it.
 */
export async function joinAsGuest(input: GuestJoinInput, client: string): Promise<{ guestId: string; sessionId: string; repeatId?: string }> {
  const session = await findGuestSession(input.code, client);
  if (!session) throw new AppError("JOIN_CODE_UNKNOWN");
  if (session.repeat) {
    const { guestId } = await joinRepeatAsGuest({ ...session.repeat, sessionId: session.id, title: session.title, gemeenteName: session.gemeenteName, groups: session.groups }, input, client);
    return { guestId, sessionId: session.id, repeatId: session.repeat.id };
  }
  if (!session.groups.includes(input.group)) throw new AppError("GUEST_GROUP_UNKNOWN");
  if ((await consume(GUEST_JOINS, client)) === null) throw new AppError("RATE_LIMITED");
  // One statement, no interactive transaction: the lock per session, then the count against the cap
  // through a VOLATILE function (migrations 20261130124500 and 20261130133000, live-phase guests only: it sees every guest committed before the
  // lock was granted), then the insert. A crowd joining at once cannot overshoot the cap.
  const guestId = randomUUID();
  const added = await db().$queryRaw<{ id: string }[]>`
    WITH locked AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext('guest-cap'), hashtext(${session.id}))::text AS token)
    INSERT INTO guest (id, session_id, "group", nickname)
    SELECT ${guestId}, s.id, ${input.group}, ${input.nickname} FROM locked, council_session s
    WHERE s.id = ${session.id} AND guest_count(s.id, locked.token) < s.guest_cap
    RETURNING id`;
  const joined = added.length === 1;
  if (!joined) throw new AppError("GUESTS_FULL");
  await notifyLive(session.id);
  return { guestId, sessionId: session.id };
}
