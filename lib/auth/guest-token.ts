import crypto from "node:crypto";

/**
 * The guest cookie's value: which guest, for which ONE session, until when, signed
 * with the app's secret (HMAC-SHA256). Pure, so it is unit-tested without a server.
 * It only says who the guest is; whether that still opens anything (the session is
 * live, the guest row exists) is checked against the database on every request.
 */
export type GuestClaim = { guestId: string; sessionId: string; expiresAt: number };

const PREFIX = "g1";

function mac(secret: string, payload: string): string {
  return crypto.createHmac("sha256", `beraad-guest:${secret}`).update(payload).digest("base64url");
}

export function signGuestToken(claim: GuestClaim, secret: string): string {
  const payload = `${PREFIX}.${claim.guestId}.${claim.sessionId}.${claim.expiresAt}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The claim of a well-signed, unexpired token for this session; null for anything else. */
export function readGuestToken(token: string | undefined, sessionId: string, secret: string, now = Date.now()): GuestClaim | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const [, guestId, tokenSessionId, expires, signature] = parts;
  const expected = Buffer.from(mac(secret, parts.slice(0, 4).join(".")));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return null;
  if (tokenSessionId !== sessionId) return null;
  return { guestId, sessionId: tokenSessionId, expiresAt };
}
