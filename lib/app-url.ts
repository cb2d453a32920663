import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * The base URL people should use, from the configured NEXTAUTH_URL and the host the
 * request came in on (pure). The configured address wins, except when it points at
 * this machine itself (the local default, `http://localhost:3000`) while the request
 * came in by another name: then a phone scanning the projector's QR code could not
 * reach "localhost", and the address the room actually uses is the right one.
 */
export function publicBaseUrl(configured: string | undefined, host: string | null, proto: string | null): string {
  const requested = host ? `${proto === "https" ? "https" : "http"}://${host}` : null;
  if (configured) {
    const url = new URL(configured);
    if (!LOOPBACK.test(url.host) || !host || host.toLowerCase() === url.host.toLowerCase()) return configured.replace(/\/$/, "");
  }
  return requested ?? "http://localhost:3000";
}

/** The public base URL for links we hand out (invitation links, the projector's join address and QR code). */
export async function appBaseUrl(): Promise<string> {
  const h = await headers();
  return publicBaseUrl(env().NEXTAUTH_URL, h.get("x-forwarded-host") ?? h.get("host"), h.get("x-forwarded-proto"));
}
