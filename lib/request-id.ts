import { NextResponse, type NextRequest } from "next/server";

/**
 * Every request gets an id, so a server error in the logs can be matched to the
 * request (and a user's report of it). An id set by a load balancer in front is
 * kept when it looks like an id; otherwise a new one is made. The proxy passes it
 * on as a request header (read by lib/log.ts) and returns it as a response header.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const LOOKS_LIKE_AN_ID = /^[\w.:-]{8,128}$/;

export function requestIdOf(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && LOOKS_LIKE_AN_ID.test(given) ? given : crypto.randomUUID();
}

/** The proxy's response for a request that passes through: its id on the way in and out. */
export function passWithRequestId(request: NextRequest): NextResponse {
  const id = requestIdOf(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}
