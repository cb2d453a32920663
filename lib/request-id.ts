/**
 * Every request gets an id, so a server error in the logs can be matched to the
 * request (and a user's report of it). An id set by a load balancer in front is
 * kept when it looks like an id; otherwise a new one is made. The proxy (proxy.ts)
 * passes it on as a request header (read by lib/log.ts) and returns it as a response header.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const LOOKS_LIKE_AN_ID = /^[\w.:-]{8,128}$/;

export function requestIdOf(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && LOOKS_LIKE_AN_ID.test(given) ? given : crypto.randomUUID();
}
