import "server-only";
import { MAX_IMPORT_BYTES } from "./limits.mjs";

/** Deeper than a session file ever nests (about eight levels): refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 32;

/** Why a file was not read: a message key of "exchange". */
export type FileRefusal = "noFile" | "tooLarge" | "notJson" | "tooDeep" | "invalidText";

export type ReadFileResult = { ok: true; json: unknown } | { ok: false; refusal: FileRefusal };

/**
 * Reads an uploaded session file as JSON: within the size limit, valid JSON,
 * nested no deeper than MAX_JSON_DEPTH (zod and our own walks recurse, and a
 * stack overflow is no answer), and every text well-formed Unicode (PostgreSQL
 * refuses a lone surrogate such as "\ud800" in the jsonb columns).
 */
export async function readSessionFile(file: unknown): Promise<ReadFileResult> {
  if (!(file instanceof File) || file.size === 0) return { ok: false, refusal: "noFile" };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, refusal: "tooLarge" };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { ok: false, refusal: "notJson" };
  }
  const refusal = shapeRefusal(json);
  return refusal ? { ok: false, refusal } : { ok: true, json };
}

/** The first reason parsed JSON cannot be read further, walking it without recursion. */
function shapeRefusal(json: unknown): "tooDeep" | "invalidText" | null {
  const pending: [unknown, number][] = [[json, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value === "string" && !value.isWellFormed()) return "invalidText";
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_JSON_DEPTH) return "tooDeep";
    for (const [key, child] of Object.entries(value)) {
      if (!key.isWellFormed()) return "invalidText";
      pending.push([child, depth + 1]);
    }
  }
  return null;
}
