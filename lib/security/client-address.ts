import { isIP } from "node:net";
import { headers } from "next/headers";
import { trustedProxies } from "@/lib/env";

/**
 * The address of the client behind a request, for per-client rate limits.
 *
 * The app is served by scripts/serve.mjs, which appends the connection's socket
 * address to X-Forwarded-For like a reverse proxy does, so the LAST entry is
 * always the socket address. (`next start` alone keeps a client's own
 * X-Forwarded-For and adds the socket address only when there is none: a client
 * could then pick its own address.) Walking from the right, an entry is believed
 * only when the hop that added the entry to its left is a trusted proxy
 * (TRUSTED_PROXIES): the first address that is not a trusted proxy is the client.
 * Without trusted proxies that is the socket address itself.
 */
export function clientAddress(forwardedFor: string | null | undefined, trusted: readonly string[] = trustedProxies()): string {
  const hops = (forwardedFor ?? "").split(",").map((entry) => normalizeAddress(entry.trim()));
  const trustedSet = new Set(trusted.map(normalizeAddress));
  let client = hops.pop();
  if (!client) return UNKNOWN_CLIENT;
  while (trustedSet.has(client)) {
    const previous = hops.pop();
    if (!previous) break; // a trusted proxy that names nobody: it is the client
    client = previous;
  }
  return client;
}

/** The client of the request being handled (pages, server actions, route handlers). */
export async function currentClientAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}

/** The key of requests whose address cannot be told (only outside a served request, e.g. in tests). */
export const UNKNOWN_CLIENT = "unknown";

/**
 * One spelling per address: "::ffff:192.0.2.1" (IPv4 on an IPv6 socket) is
 * 192.0.2.1, IPv6 in lower case, a port (":4711", "[…]:4711") dropped. Anything
 * that is not an IP address becomes "" — never believed, never a key.
 */
export function normalizeAddress(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  let address = (bracketed?.[1] ?? withPort?.[1] ?? entry).toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address : "";
}
