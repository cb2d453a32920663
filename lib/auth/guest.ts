import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authSecret, secureCookies } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readGuestToken, signGuestToken } from "./guest-token";

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
    where: { id: claim.guestId, sessionId, session: { status: "LIVE", archivedAt: null } },
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
