// Which messages the browser needs: a scan of every file that calls next-intl's
// `useTranslations` hook (the "use client" components and the few shared ones they
// import, such as components/ui/field.tsx; server components use getTranslations).
// For each translator `const t = useTranslations("ns")` it collects the keys `t` is
// called with: a literal key is shipped as is, a template key up to its last static
// dot (`preparation.rungs.${rung}.name` ships `preparation.rungs`), and a translator
// called with a computed key or handed to other code ships its whole namespace.
//
// The result, lib/i18n/client-messages.json, is what the root layout gives
// NextIntlClientProvider; tests/unit/i18n/client-messages.test.ts fails when it is
// out of date. Regenerate with `npm run i18n:client-keys`.
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib"];
const DECLARATION = /const\s+(\w+)\s*=\s*useTranslations\(\s*(?:(["'])([^"']*)\2)?\s*\)/g;

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield full;
  }
}

/** The static key (or key prefix) a call's first argument names, or null when computed. */
function keyOfArgument(text) {
  const s = text.trimStart();
  const quote = s[0];
  if (quote === '"' || quote === "'") {
    const end = s.indexOf(quote, 1);
    return end > 0 ? { key: s.slice(1, end), exact: true } : null;
  }
  if (quote === "`") {
    const end = s.indexOf("`", 1);
    const body = end > 0 ? s.slice(1, end) : "";
    const hole = body.indexOf("${");
    if (hole < 0) return { key: body, exact: true };
    const prefix = body.slice(0, hole);
    const dot = prefix.lastIndexOf(".");
    return dot > 0 ? { key: prefix.slice(0, dot), exact: false } : null;
  }
  return null;
}

/**
 * Key paths one file's translators use, each `namespace.key` (or the namespace alone).
 * A file may declare the same name in several components (`const t = useTranslations(…)`
 * in each): a use belongs to the nearest declaration of its name before it.
 */
export function keysOfSource(source, file = "") {
  const keys = new Set();
  const declarations = [...source.matchAll(DECLARATION)].map((d) => ({ name: d[1], namespace: d[3] ?? "", at: d.index + d[0].search(new RegExp(`\\b${d[1]}\\b`)) }));
  for (const name of new Set(declarations.map((d) => d.name))) {
    const own = declarations.filter((d) => d.name === name);
    const uses = new RegExp(`(?<![\\w.$])${name}\\b`, "g");
    for (const use of source.matchAll(uses)) {
      if (own.some((d) => d.at === use.index)) continue; // a declaration, not a use
      // Before any declaration (a helper above the components): the first translator's, as before.
      // Before any declaration: a parameter (a helper above the components). Its keys are the
      // caller's, whose translator, handed over, already ships its whole namespace.
      const owner = own.findLast((d) => d.at < use.index);
      if (!owner) continue;
      const join = (key) => (owner.namespace && key ? `${owner.namespace}.${key}` : owner.namespace || key);
      const after = source.slice(use.index + name.length);
      const call = /^(?:\.(?:rich|markup|raw|has))?\(/.exec(after);
      const named = call ? keyOfArgument(after.slice(call[0].length)) : null;
      const key = join(named?.key ?? "");
      if (!key) throw new Error(`${file}: useTranslations() without a namespace is called with a computed key; give it a namespace`);
      keys.add(key);
    }
  }
  return keys;
}

/** Drops every key path that lies under another one in the list; sorted. */
export function minimalKeys(keys) {
  const sorted = [...new Set(keys)].sort();
  return sorted.filter((key) => !sorted.some((other) => other !== key && key.startsWith(`${other}.`)));
}

/** The key paths every client component together uses, scanned from the sources under root. */
export function scanClientMessageKeys(root) {
  const keys = [];
  for (const dir of ROOTS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const source = fs.readFileSync(file, "utf8");
      if (!source.includes("useTranslations(")) continue;
      keys.push(...keysOfSource(source, path.relative(root, file)));
    }
  }
  return minimalKeys(keys);
}

export const CLIENT_MESSAGES_FILE = "lib/i18n/client-messages.json";
