import { isWebUrl } from "@/lib/validation/ris";

/** What the griffier picks from: a meeting or an agenda item in the council's information system. */
export type OriHit = { id: string; kind: "Meeting" | "AgendaItem"; title: string; date: string | null; url: string };
export type OriKind = OriHit["kind"];
/** What the search action hands the picker. */
export type OriSearchData = { hits: OriHit[] };
export type OriSearchResult = { ok: true; hits: OriHit[] } | { ok: false; reason: "unavailable" | "invalid-response" };

/** How long the lookup waits for the API before saying it is down. */
export const ORI_TIMEOUT_MS = 5000;
const MAX_HITS = 20;

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
 * any network error or non-2xx answer, instead of throwing.
 */
export async function searchOri(baseUrl: string, query: string, kind: OriKind, { timeoutMs = ORI_TIMEOUT_MS, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Promise<OriSearchResult> {
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl.replace(/\/+$/, "")}/_search`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(oriQuery(query, kind)),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
      cache: "no-store",
    });
  } catch {
    return { ok: false, reason: "unavailable" };
  }
  if (!response.ok) return { ok: false, reason: "unavailable" };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: "invalid-response" };
  }
  const hits = parseOriHits(body, kind);
  return hits ? { ok: true, hits } : { ok: false, reason: "invalid-response" };
}
