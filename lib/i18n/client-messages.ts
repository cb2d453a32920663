import type { AbstractIntlMessages } from "next-intl";
import CLIENT_KEYS from "./client-messages.json";

/**
 * The part of a language's messages the browser needs: the key paths its client
 * components use (lib/i18n/client-messages.json, found by scripts/lib/client-message-keys.mjs
 * and kept current by tests/unit/i18n/client-messages.test.ts). Everything else is
 * translated on the server and never sent. Before: every page carried the whole
 * catalogue (~95 KB of JSON) in its HTML. In the build a message is compiled (an array or a
 * string, next.config.mjs): whatever a key names is copied as it is, never looked into.
 */
export function pickMessages(messages: AbstractIntlMessages, keys: readonly string[] = CLIENT_KEYS): AbstractIntlMessages {
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

// Messages are files of the build, the same for every request and gemeente: one pick per language.
const picks = new Map<string, AbstractIntlMessages>();

/** pickMessages for a language, computed once. */
export function clientMessages(locale: string, messages: AbstractIntlMessages): AbstractIntlMessages {
  let picked = picks.get(locale);
  if (!picked) picks.set(locale, (picked = pickMessages(messages)));
  return picked;
}
