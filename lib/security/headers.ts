/**
 * Security headers for every response (set by proxy.ts). Pure functions, so the
 * policy can be read and tested in one place.
 *
 * Scripts run only with the per-request nonce Next.js puts on its own script
 * tags ('strict-dynamic' lets those load their chunks). No 'unsafe-eval' and no
 * 'unsafe-inline' in production; `next dev` needs eval (React's debug stacks),
 * inline styles (injected CSS) and its hot-reload WebSocket, so those are
 * allowed there only.
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // With a nonce present, browsers ignore 'unsafe-inline'; dev's injected styles carry no nonce.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // EventSource of the projector and fetches of server actions are same-origin.
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers that do not depend on the request, plus HSTS when served over https. */
export function staticSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Invitation links carry a token in the path: never send our URLs to other sites.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether this request reached us over https: directly, or through a proxy that
 * terminated TLS and says so. (A forged header only makes us send HSTS over
 * plain http, which browsers ignore.)
 */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0].trim() === "https";
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
