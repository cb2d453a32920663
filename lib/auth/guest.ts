import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authSecret, secureCookies } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readGuestToken, readRepeatGuestToken, signGuestToken, signRepeatGuestToken } from "./guest-token";

/**
 * Guests have no account: a signed, http-only cookie names the guest row of ONE
 * session (its path is that session's guest pages, so a second session gets a
 * cookie of its own). It opens that session's join, answer and released results
 * pages only, and only while the session is LIVE: when the live phase ends, the
 * cookie opens nothing, whatever its expiry says.
 */
export const GUEST_COOKIE = "beraad-gast";
/** Longer than any evening; the session's status ends it sooner. */
const GUEST_COOKIE_HOURS = 12;

export type Guest = { id: string; group: string; nickname: string; sessionId: string; sessionTitle: string; gemeenteId: string; gemeenteName: string };

export const guestPath = (sessionId: string) => `/gast/${sessionId}`;

function secret(): string {
  const value = authSecret();
  // Without the app's secret no guest can be told apart from a forger: no guests at all.
  if (!value) throw new AppError("NOT_FOUND");
  return value;
}

/** Gives the browser the guest's cookie (in a server action). */
export async function setGuestCookie(guestId: string, sessionId: string, now = Date.now()) {
  const expiresAt = now + GUEST_COOKIE_HOURS * 3600_000;
  (await cookies()).set(GUEST_COOKIE, signGuestToken({ guestId, sessionId, expiresAt }, secret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: guestPath(sessionId),
    expires: new Date(expiresAt),
  });
}

/** The guest of this session behind the request, while the session is live; null otherwise. */
export const guestOf = cache(async (sessionId: string): Promise<Guest | null> => {
  const value = authSecret();
  if (!value) return null;
  const claim = readGuestToken((await cookies()).get(GUEST_COOKIE)?.value, sessionId, value);
  if (!claim) return null;
  const guest = await db().guest.findFirst({
    // A guest of a herhaling (worksheetId set) is no guest of the live phase, whatever their session.
    where: { id: claim.guestId, sessionId, worksheetId: null, session: { status: "LIVE", archivedAt: null } },
    select: { id: true, group: true, nickname: true, session: { select: { id: true, title: true, gemeente: { select: { id: true, name: true } } } } },
  });
  if (!guest) return null;
  return { id: guest.id, group: guest.group, nickname: guest.nickname, sessionId: guest.session.id, sessionTitle: guest.session.title, gemeenteId: guest.session.gemeente.id, gemeenteName: guest.session.gemeente.name };
});

/** For guest pages: the guest, or "niet gevonden". */
export async function requireGuest(sessionId: string): Promise<Guest> {
  const guest = await guestOf(sessionId);
  if (!guest) notFound();
  return guest;
}

/** For the guest action builder: the guest, or NOT_FOUND for the action's error handling. */
export async function guestForAction(sessionId: string): Promise<Guest> {
  const guest = await guestOf(sessionId);
  if (!guest) throw new AppError("NOT_FOUND");
  return guest;
}

/**
 * A guest of a herhaling (lib/guests/repeats.ts): their own cookie, named apart
 * from the live phase's and scoped by path to that herhaling's guest page, opens
 * it only while the herhaling is open to guests. When it closes (or guests are
 * turned off, or the session is archived) the cookie opens nothing.
 */
export const REPEAT_GUEST_COOKIE = "beraad-gast-herhaling";

export type RepeatGuest = { id: string; group: string; nickname: string; repeatId: string; sessionId: string; sessionTitle: string; gemeenteName: string };

export const repeatGuestPath = (repeatId: string) => `/gast/herhaling/${repeatId}`;

export async function setRepeatGuestCookie(guestId: string, repeatId: string, now = Date.now()) {
  const expiresAt = now + GUEST_COOKIE_HOURS * 3600_000;
  (await cookies()).set(REPEAT_GUEST_COOKIE, signRepeatGuestToken({ guestId, repeatId, expiresAt }, secret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: repeatGuestPath(repeatId),
    expires: new Date(expiresAt),
  });
}

/** The guest of this herhaling behind the request, while it is open to guests; null otherwise. */
export const repeatGuestOf = cache(async (repeatId: string): Promise<RepeatGuest | null> => {
  const value = authSecret();
  if (!value) return null;
  const claim = readRepeatGuestToken((await cookies()).get(REPEAT_GUEST_COOKIE)?.value, repeatId, value);
  if (!claim) return null;
  const guest = await db().guest.findFirst({
    where: { id: claim.guestId, worksheetId: repeatId, repeat: { state: "OPEN", guestsAllowed: true, repeatOf: { session: { archivedAt: null } } } },
    select: { id: true, group: true, nickname: true, session: { select: { id: true, title: true, gemeente: { select: { name: true } } } } },
  });
  if (!guest) return null;
  return { id: guest.id, group: guest.group, nickname: guest.nickname, repeatId, sessionId: guest.session.id, sessionTitle: guest.session.title, gemeenteName: guest.session.gemeente.name };
});

/** For a herhaling's guest page: the guest, or "niet gevonden". */
export async function requireRepeatGuest(repeatId: string): Promise<RepeatGuest> {
  const guest = await repeatGuestOf(repeatId);
  if (!guest) notFound();
  return guest;
}

/** For the herhaling guest action builder: the guest, or NOT_FOUND. */
export async function repeatGuestForAction(repeatId: string): Promise<RepeatGuest> {
  const guest = await repeatGuestOf(repeatId);
  if (!guest) throw new AppError("NOT_FOUND");
  return guest;
}
