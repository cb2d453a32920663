import crypto from "node:crypto";

/**
 * The RSVP link's token: which participant (membership) of which session, signed with the
 * app's secret (HMAC-SHA256, its own key prefix). It grants one thing: answering that
 * session's invitation for that person. Pure, so it is unit-tested without a server;
 * whether the person is still a participant is checked against the database.
 */
export type RsvpClaim = { sessionId: string; membershipId: string };

const PREFIX = "r1";
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function mac(secret: string, payload: string): string {
  return crypto.createHmac("sha256", `beraad-rsvp:${secret}`).update(payload).digest("base64url");
}

export function signRsvpToken(claim: RsvpClaim, secret: string): string {
  const payload = `${PREFIX}.${claim.sessionId}.${claim.membershipId}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The claim of a well-signed token; null for anything else. */
export function readRsvpToken(token: string | undefined, secret: string): RsvpClaim | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== PREFIX || !ID.test(parts[1]) || !ID.test(parts[2])) return null;
  const expected = Buffer.from(mac(secret, parts.slice(0, 3).join(".")));
  const given = Buffer.from(parts[3]);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return { sessionId: parts[1], membershipId: parts[2] };
}
