import type messages from "@/messages/validation.nl.json";

/** The dotted paths of a message catalogue, e.g. "agenda.titleTooLong". */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type ValidationKey = Paths<typeof messages>;

/**
 * A validation message as a key of messages/validation.<locale>.json, with the
 * fixed values its text needs ("{min} tot {max}"). zod carries it as the issue's
 * message; lib/validation/issues.ts turns it into text in the reader's language,
 * adding what the issue itself knows (its minimum and maximum). So a schema
 * holds no Dutch, and the English interface shows English field errors.
 */
export function msg(key: ValidationKey, values?: Record<string, string | number>): string {
  if (!values) return key;
  return `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]))}`;
}

/** The key and fixed values of a message made by msg(). */
export function readMessage(message: string): { key: string; values: Record<string, string> } {
  const at = message.indexOf("?");
  if (at === -1) return { key: message, values: {} };
  return { key: message.slice(0, at), values: Object.fromEntries(new URLSearchParams(message.slice(at + 1))) };
}
