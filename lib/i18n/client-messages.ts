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

// Messages are files of the build, the same for every request and gemeente: one pick per route and language.
const picks = new Map<string, AbstractIntlMessages>();

/** pickMessages for a route in a language, computed once. */
export function routeMessages(route: ClientMessagesRoute, locale: string, messages: AbstractIntlMessages): AbstractIntlMessages {
  const id = `${locale}:${route}`;
  let picked = picks.get(id);
  if (!picked) picks.set(id, (picked = pickMessages(messages, ROUTES[route])));
  return picked;
}
