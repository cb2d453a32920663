import type { AbstractIntlMessages } from "next-intl";
import ROUTES from "./client-messages.json";

/**
 * A page or layout of app/ whose client components use messages, by its path under app/
 * without ".tsx" (`(app)/[gemeente]/sessies/[sessieId]/werkblad/page`).
 */
export type ClientMessagesRoute = keyof typeof ROUTES;

/**
 * The part of a language's messages the browser needs on one route: the key paths the
 * client components that route renders use (lib/i18n/client-messages.json, found by
 * scripts/lib/client-message-keys.mjs and kept current by
 * tests/unit/i18n/client-messages.test.ts). Everything else is translated on the server
 * and never sent. Before: every page carried the messages of every client component of
 * the app (~57 KB of a bare page's 64 KB payload). In the build a message is compiled (an
 * array or a string, next.config.mjs): whatever a key names is copied as it is.
 */
export function pickMessages(messages: AbstractIntlMessages, keys: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const key of keys) {
    const parts = key.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    for (const [i, part] of parts.entries()) {
      if (typeof from !== "object" || from === null) break;
      from = from[part];
      if (from === undefined) break;
      if (i === parts.length - 1) into[part] = from;
      else into = (into[part] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}

/**
 * One page's part of a key its route ships whole. The scan ships a whole namespace when a
 * translator builds its keys from data (the step form: its fields' labels come from the
 * step's spec), so the route's list says `within` ("preparation"); the page knows the data
 * and names the keys under `within` its client components can ask for (`keys`, full paths
 * such as "preparation.steps.proces.fields"). `id` names that choice for the cache (one pick
 * per route, language and id), so the same id must always mean the same keys.
 */
export type MessageNarrowing = { id: string; within: string; keys: readonly string[] };

/** A route's key paths with `within` replaced by the narrowing's keys; a narrowing can only take away. */
export function narrowKeys(keys: readonly string[], narrowing: MessageNarrowing): string[] {
  const { within } = narrowing;
  if (!keys.includes(within)) throw new Error(`narrowing ${narrowing.id}: the route does not ship "${within}" whole`);
  const outside = narrowing.keys.filter((key) => !key.startsWith(`${within}.`));
  if (outside.length > 0) throw new Error(`narrowing ${narrowing.id}: ${outside.join(", ")} not under "${within}"`);
  return [...keys.filter((key) => key !== within), ...narrowing.keys];
}

// Messages are files of the build, the same for every request and gemeente: one pick per route and language
// (and narrowing: the step page has one per step).
const picks = new Map<string, AbstractIntlMessages>();

/** pickMessages for a route in a language, narrowed for one page when it says so, computed once. */
export function routeMessages(route: ClientMessagesRoute, locale: string, messages: AbstractIntlMessages, narrowing?: MessageNarrowing): AbstractIntlMessages {
  const id = narrowing ? `${locale}:${route}:${narrowing.id}` : `${locale}:${route}`;
  let picked = picks.get(id);
  if (!picked) picks.set(id, (picked = pickMessages(messages, narrowing ? narrowKeys(ROUTES[route], narrowing) : ROUTES[route])));
  return picked;
}
