/**
 * Where to go after signing in (`?terug=` on /inloggen, next-auth's callbackUrl):
 * only a path inside this app, so a link cannot send someone elsewhere (no open
 * redirect). Refused, falling back to "/": anything not starting with one "/";
 * "//" (another host); backslashes (browsers read "\" as "/"); tabs, CR/LF and
 * other control characters (browsers drop tabs and newlines, so "/\t/evil.example"
 * becomes "//evil.example"); each of these also percent-encoded, once or more;
 * and anything that still resolves to another origin.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let layer = value;
  for (let round = 0; round < MAX_DECODINGS; round++) {
    if (layer.startsWith("//") || FORBIDDEN.test(layer)) return "/";
    const decoded = decodeOnce(layer);
    if (decoded === layer) return new URL(value, PROBE_ORIGIN).origin === PROBE_ORIGIN ? value : "/";
    layer = decoded;
  }
  return "/"; // still decoding after that many rounds: nobody writes paths like that
}

/**
 * next-auth's `redirect` callback: a URL on this app (absolute or a path) keeps
 * its path if that is safe; anything else goes to the app's start page.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
  return `${baseUrl}${safeReturnPath(path)}`;
}

const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;
const MAX_DECODINGS = 4;
const PROBE_ORIGIN = "https://beraad.invalid";

/** One round of percent-decoding; a broken escape stays as it is (a browser does not decode it either). */
function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
