import crypto from "node:crypto";

/**
 * The guest cookie's value: which guest, for which ONE session, until when, signed
 * with the app's secret (HMAC-SHA256). Pure, so it is unit-tested without a server.
 * It only says who the guest is; whether that still opens anything (the session is
 * live, the guest row exists) is checked against the database on every request.
 *
 * A guest of a herhaling (lib/guests/repeats.ts) holds a token of its own kind
 * ("h1", naming the herhaling): one kind is never read as the other, so a guest of
 * the live phase reaches nothing of a herhaling without joining it, and the reverse.
 */
export type GuestClaim = { guestId: string; sessionId: string; expiresAt: number };
export type RepeatGuestClaim = { guestId: string; repeatId: string; expiresAt: number };

const SESSION_PREFIX = "g1";
const REPEAT_PREFIX = "h1";

function mac(secret: string, payload: string): string {
  return crypto.createHmac("sha256", `beraad-guest:${secret}`).update(payload).digest("base64url");
}

function sign(prefix: string, guestId: string, scopeId: string, expiresAt: number, secret: string): string {
  const payload = `${prefix}.${guestId}.${scopeId}.${expiresAt}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The guest id and expiry of a well-signed, unexpired token of this kind for this scope; null for anything else. */
function read(prefix: string, token: string | undefined, scopeId: string, secret: string, now: number): { guestId: string; expiresAt: number } | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== prefix) return null;
  const [, guestId, tokenScopeId, expires, signature] = parts;
  const expected = Buffer.from(mac(secret, parts.slice(0, 4).join(".")));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt) || expiresAt <= now) return null;
  if (tokenScopeId !== scopeId) return null;
  return { guestId, expiresAt };
}

export function signGuestToken(claim: GuestClaim, secret: string): string {
  return sign(SESSION_PREFIX, claim.guestId, claim.sessionId, claim.expiresAt, secret);
}

/** The claim of a well-signed, unexpired token for this session; null for anything else. */
export function readGuestToken(token: string | undefined, sessionId: string, secret: string, now = Date.now()): GuestClaim | null {
  const claim = read(SESSION_PREFIX, token, sessionId, secret, now);
  return claim && { guestId: claim.guestId, sessionId, expiresAt: claim.expiresAt };
}

export function signRepeatGuestToken(claim: RepeatGuestClaim, secret: string): string {
  return sign(REPEAT_PREFIX, claim.guestId, claim.repeatId, claim.expiresAt, secret);
}

/** The claim of a well-signed, unexpired herhaling token for this herhaling; null for anything else (a session's token too). */
export function readRepeatGuestToken(token: string | undefined, repeatId: string, secret: string, now = Date.now()): RepeatGuestClaim | null {
  const claim = read(REPEAT_PREFIX, token, repeatId, secret, now);
  return claim && { guestId: claim.guestId, repeatId, expiresAt: claim.expiresAt };
}
