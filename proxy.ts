import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "@/lib/env";
import { oversizedPostRefusal } from "@/lib/exchange/oversized-post";
import { isLocale, LOCALE_COOKIE, LOCALE_FROM_LINK_HEADER, pageTakesLangFromLink } from "@/lib/i18n/config";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";
import { contentSecurityPolicy, newNonce, servedOverHttps, staticSecurityHeaders } from "@/lib/security/headers";
import { isMalformedPath } from "@/lib/security/url-text";

/**
 * On every page and route: a request id (lib/request-id.ts), passed on to the
 * app and returned to the client, and the security headers — a nonce-based
 * Content-Security-Policy (Next.js reads the nonce from the request's CSP header
 * and puts it on its scripts), the static headers and HSTS over https.
 * A path that cannot name anything (lib/security/url-text.ts) is answered 404 here, and
 * a POST over the server-action body limit 413 (lib/exchange/oversized-post.ts).
 * Authorisation does NOT happen here: pages, actions and data functions do it themselves.
 */
export function proxy(request: NextRequest) {
  const refusal = refusalOf(request);
  if (!refusal && isPrefetch(request.headers)) return NextResponse.next();
  const nonce = newNonce();
  const https = servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const csp = contentSecurityPolicy({ nonce, dev: isDevelopment(), https });

  const requestId = requestIdOf(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A page opened from a mail speaks the mail's language (lib/i18n/config.ts); the header is never the client's own.
  requestHeaders.delete(LOCALE_FROM_LINK_HEADER);
  const lang = request.nextUrl.searchParams.get("lang");
  if (isLocale(lang) && pageTakesLangFromLink(request.nextUrl.pathname)) requestHeaders.set(LOCALE_FROM_LINK_HEADER, lang);
  const response = refusal
    ? new NextResponse(refusal.text, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

/** Requests answered here in plain words, where Next.js or PostgreSQL would fail on them with a bare 500. */
function refusalOf(request: NextRequest): { status: number; text: string } | null {
  if (isMalformedPath(request.nextUrl.pathname)) return { status: 404, text: "Niet gevonden" };
  const tooLarge = oversizedPostRefusal(request.method, request.headers, request.cookies.get(LOCALE_COOKIE)?.value);
  return tooLarge ? { status: 413, text: tooLarge } : null;
}

/**
 * Prefetches fetch RSC payloads, not documents: the docs advise leaving their
 * headers alone. They still pass the proxy, so a malformed path is refused for them too.
 */
function isPrefetch(headers: Headers): boolean {
  return headers.has("next-router-prefetch") || headers.get("purpose") === "prefetch";
}

export const config = {
  // Not for build assets (immutable files with the right content types).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
