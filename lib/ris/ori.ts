import dns from "node:dns";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { isWebUrl } from "@/lib/validation/ris";

/** What the griffier picks from: a meeting or an agenda item in the council's information system. */
export type OriHit = { id: string; kind: "Meeting" | "AgendaItem"; title: string; date: string | null; url: string };
export type OriKind = OriHit["kind"];
/** What the search action hands the picker. */
export type OriSearchData = { hits: OriHit[] };
export type OriSearchResult = { ok: true; hits: OriHit[] } | { ok: false; reason: "unavailable" | "invalid-response" | "refused-address" };
/** Whether the API may live on a private, loopback or link-local address (ORI_PRIVATE_HOSTS). */
export type PrivateHosts = "refuse" | "allow";

/** How long the lookup waits for the API before saying it is down. */
export const ORI_TIMEOUT_MS = 5000;
const MAX_HITS = 20;
/** An answer larger than this is not a search result the picker can use (and not read further). */
export const ORI_MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/**
 * Addresses the server must not be steered to by a gemeente's setting: the
 * hosting network (private ranges), the machine itself, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT and IPv4-mapped IPv6.
 */
const INSIDE = new BlockList();
for (const [network, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) {
  INSIDE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [["::", 127], ["::ffff:0:0", 96], ["fc00::", 7], ["fe80::", 10]] as const) {
  INSIDE.addSubnet(network, prefix, "ipv6");
}

/** True when the host is, or resolves to, an address inside (see INSIDE); a host that does not resolve is not inside. */
export async function pointsInside(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true });
    } catch {
      return false;
    }
  }
  return addresses.some(({ address, family }) => INSIDE.check(address, family === 6 ? "ipv6" : "ipv4"));
}

/** A connection the guard refused: the name resolved to an inside address when the request connected. */
class InsideAddressError extends Error {}

/**
 * `dns.lookup` for the request's own connection, refusing inside addresses
 * (unless allowed). The check before the request (pointsInside) is not enough
 * on its own: a name can resolve to a public address for the check and to an
 * inside one a moment later for the connection (DNS rebinding). Checking the
 * addresses the socket is about to use closes that gap.
 */
export function guardedLookup(privateHosts: PrivateHosts): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      if (privateHosts === "refuse" && addresses.some(({ address, family }) => INSIDE.check(address, family === 6 ? "ipv6" : "ipv4"))) {
        return callback(new InsideAddressError(hostname), "", 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

type Posted = { status: number; text: string | null };

/**
 * POSTs JSON and reads the answer as text, or null once it grows past `limit`
 * bytes (the rest is not read). Node's own client rather than fetch, because
 * only it lets the connection use our lookup (guardedLookup). Redirects are not
 * followed: the caller sees the 3xx status.
 */
export function postJson(url: string, body: unknown, { timeoutMs, privateHosts, limit }: { timeoutMs: number; privateHosts: PrivateHosts; limit: number }): Promise<Posted> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", "Content-Length": Buffer.byteLength(payload) },
        lookup: guardedLookup(privateHosts),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (Number(response.headers["content-length"] ?? 0) > limit) {
          response.destroy();
          return resolve({ status, text: null });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > limit) {
            response.destroy();
            resolve({ status, text: null });
          } else chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/**
 * The request body: Open Raadsinformatie serves its data through Elasticsearch
 * (`POST {base}/_search`, https://api.openraadsinformatie.nl/v1/elastic/ori_*
 * for the national index, or a gemeente's own index). Full-text on the name,
 * filtered on the type, newest first.
 */
export function oriQuery(query: string, kind: OriKind) {
  return {
    size: MAX_HITS,
    query: {
      bool: {
        must: [{ simple_query_string: { query, fields: ["name^2", "description"], default_operator: "and" } }],
        filter: [{ term: { "@type": kind } }],
      },
    },
    sort: [{ start_date: { order: "desc", unmapped_type: "date" } }, "_score"],
  };
}

type Source = { "@type"?: unknown; name?: unknown; start_date?: unknown; original_url?: unknown; url?: unknown };

/**
 * The hits of an Elasticsearch answer as OriHits. A hit without a name is left
 * out; its link is the source's own page (`original_url`, the iBabs/Notubiz/GO
 * page), else the ORI identifier (https://id.openraadsinformatie.nl/<id>). Only
 * http(s) links pass. Null for an answer that is not a search result at all.
 */
export function parseOriHits(body: unknown, kind: OriKind): OriHit[] | null {
  const hits = (body as { hits?: { hits?: unknown } } | null)?.hits?.hits;
  if (!Array.isArray(hits)) return null;
  return hits.flatMap((hit: { _id?: unknown; _source?: Source }) => {
    const source = hit?._source ?? {};
    const id = typeof hit?._id === "string" || typeof hit?._id === "number" ? String(hit._id) : "";
    const title = typeof source.name === "string" ? source.name.trim() : "";
    if (!id || !title) return [];
    const candidates = [source.original_url, source.url, `https://id.openraadsinformatie.nl/${encodeURIComponent(id)}`];
    const url = candidates.find((c): c is string => typeof c === "string" && isWebUrl(c))!;
    const type = source["@type"] === "AgendaItem" || source["@type"] === "Meeting" ? source["@type"] : kind;
    const date = typeof source.start_date === "string" && /^\d{4}-\d{2}-\d{2}/.test(source.start_date) ? source.start_date.slice(0, 10) : null;
    return [{ id, kind: type, title: title.slice(0, 200), date, url }];
  });
}

/**
 * Searches meetings or agenda items in an Open Raadsinformatie-compatible API.
 * Server-side only (the base URL is the gemeente's setting, never the
 * browser's): gives up after `timeoutMs` and reports the API as unavailable on
 * any network error or non-2xx answer, instead of throwing. Refuses an API on
 * an inside address unless `privateHosts` is "allow", and reads at most
 * ORI_MAX_RESPONSE_BYTES of the answer.
 */
export async function searchOri(
  baseUrl: string,
  query: string,
  kind: OriKind,
  { timeoutMs = ORI_TIMEOUT_MS, privateHosts = "refuse" }: { timeoutMs?: number; privateHosts?: PrivateHosts } = {},
): Promise<OriSearchResult> {
  // The base URL is a beheerder's setting, the request the server's: it may not probe the hosting
  // network. Checked before the request (an address written out is never looked up by the
  // connection) and again by the connection's own lookup (a name that changes its answer).
  if (privateHosts === "refuse" && (await pointsInside(new URL(baseUrl).hostname))) return { ok: false, reason: "refused-address" };
  let answer: Posted;
  try {
    answer = await postJson(`${baseUrl.replace(/\/+$/, "")}/_search`, oriQuery(query, kind), { timeoutMs, privateHosts, limit: ORI_MAX_RESPONSE_BYTES });
  } catch (error) {
    return { ok: false, reason: error instanceof InsideAddressError ? "refused-address" : "unavailable" };
  }
  if (answer.status < 200 || answer.status >= 300) return { ok: false, reason: "unavailable" };
  if (answer.text === null) return { ok: false, reason: "invalid-response" };
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return { ok: false, reason: "invalid-response" };
  }
  const hits = parseOriHits(body, kind);
  return hits ? { ok: true, hits } : { ok: false, reason: "invalid-response" };
}
