/**
 * URL text that no page or route can mean. A path that does not decode to text
 * (a lone surrogate such as %ED%A0%80, a stray %FF) makes Next.js answer a bare
 * 500 before any of our code runs, and a control character (a NUL above all)
 * makes PostgreSQL refuse the query an id ends up in. The proxy answers both
 * "niet gevonden", for every page and route at once.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    return /\p{Cc}/u.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

const percentEncoded = (text: string) => Array.from(new TextEncoder().encode(text), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");

/**
 * A path as a Location header can carry it: every character that is not
 * printable ASCII percent-encoded as UTF-8. A CR or LF then cannot break the
 * header (Node refuses such a header with a 500), and non-ASCII arrives intact
 * instead of as Latin-1 mojibake. What the path may point to is decided elsewhere
 * (lib/auth/return-path.ts).
 */
export function asLocationPath(path: string): string {
  return path.replace(/[^\x21-\x7e]/gu, percentEncoded);
}
