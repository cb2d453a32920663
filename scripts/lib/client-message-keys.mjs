// Which messages the browser needs: a scan of every file that calls next-intl's
// `useTranslations` hook (the "use client" components and the few shared ones they
// import, such as components/ui/field.tsx; server components use getTranslations).
// For each translator `const t = useTranslations("ns")` it collects the keys `t` is
// called with: a literal key is shipped as is, a template key up to its last static
// dot (`preparation.rungs.${rung}.name` ships `preparation.rungs`), and a translator
// called with a computed key or handed to other code ships its whole namespace.
//
// Per route: the scan follows each page's and layout's imports to the client components
// it renders (scanClientMessageKeys below). The result, lib/i18n/client-messages.json,
// is what each route gives NextIntlClientProvider (components/i18n/client-messages.tsx);
// tests/unit/i18n/client-messages.test.ts fails when it is out of date. Regenerate with
// `npm run i18n:client-keys`.
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

const CLIENT_DIRECTIVE = /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*["']use client["']/;
const SERVER_DIRECTIVE = /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*["']use server["']/;
// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`; group 1 marks a type-only statement.
const IMPORTS = /\b(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The project file an import names (`@/…` or relative), or null for a package or a non-source file. */
function resolveImport(root, from, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (/\.(ts|tsx|mjs|js)$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

/** Runtime imports of a source file (type-only statements left out), resolved to project files. */
function importsOf(root, file, source) {
  const found = [];
  for (const m of source.matchAll(IMPORTS)) {
    if (m[1]) continue;
    const resolved = resolveImport(root, file, m[2] ?? m[3]);
    if (resolved) found.push(resolved);
  }
  return found;
}

/**
 * The key paths the client components a route file renders use: its imports are followed
 * through server modules to every "use client" module, whose whole import graph runs in
 * the browser and is scanned. Server modules' own translations come from the server's
 * configuration and are never sent; "use server" modules are only references in the browser.
 */
function routeKeys(root, entry, cache, reached = new Set()) {
  const keys = [];
  const seen = new Set();
  const visit = (file, client) => {
    const id = `${client ? "c" : "s"}:${file}`;
    if (seen.has(id)) return;
    seen.add(id);
    let source = cache.get(file);
    if (source === undefined) cache.set(file, (source = fs.readFileSync(file, "utf8")));
    if (SERVER_DIRECTIVE.test(source)) return;
    const inClient = client || CLIENT_DIRECTIVE.test(source);
    if (inClient) reached.add(file);
    if (inClient && source.includes("useTranslations(")) keys.push(...keysOfSource(source, path.relative(root, file)));
    for (const next of importsOf(root, file, source)) visit(next, inClient);
  };
  visit(entry, false);
  return keys;
}

const ROUTE_FILE = /^(page|layout|error|not-found|loading|template|default|global-error)\.tsx$/;

function* routeFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* routeFiles(full);
    else if (ROUTE_FILE.test(entry.name)) yield full;
  }
}

/**
 * Route id → the key paths its client components use, for every page and layout of app/
 * whose client components use any. The id is the file's path under app/ without ".tsx"
 * (`(app)/[gemeente]/sessies/[sessieId]/werkblad/page`); components/i18n/client-messages.tsx
 * hands a route's keys to NextIntlClientProvider. A segment's error, not-found and loading
 * files render inside the nearest layout above them, so their keys are that layout's.
 */
export function scanClientMessageKeys(root) {
  const app = path.join(root, "app");
  const cache = new Map();
  const routes = new Map();
  const files = [...routeFiles(app)];
  const layoutOf = (dir) => {
    for (let d = dir; d.startsWith(app); d = path.dirname(d)) if (files.includes(path.join(d, "layout.tsx"))) return path.join(d, "layout.tsx");
    throw new Error(`${path.relative(root, dir)}: no layout above it`);
  };
  for (const file of files) {
    const name = path.basename(file, ".tsx");
    const owner = name === "page" || name === "layout" ? file : layoutOf(path.dirname(file));
    const id = path.relative(app, owner).replace(/\.tsx$/, "");
    routes.set(id, [...(routes.get(id) ?? []), ...routeKeys(root, file, cache)]);
  }
  const result = {};
  for (const id of [...routes.keys()].sort()) {
    const keys = minimalKeys(routes.get(id));
    if (keys.length > 0) result[id] = keys;
  }
  return result;
}

/**
 * "use client" modules that call useTranslations but no route's scan reaches: either dead
 * code, or an import the scan cannot follow (its messages would then be missing in the browser).
 */
export function unreachedClientTranslators(root) {
  const app = path.join(root, "app");
  const cache = new Map();
  const reached = new Set();
  for (const file of routeFiles(app)) routeKeys(root, file, cache, reached);
  const unreached = [];
  for (const dir of ROOTS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const source = fs.readFileSync(file, "utf8");
      if (CLIENT_DIRECTIVE.test(source) && source.includes("useTranslations(") && !reached.has(file)) unreached.push(path.relative(root, file));
    }
  }
  return unreached.sort();
}

/**
 * The "use client" modules one route file's page or layout reaches (paths from the project
 * root, sorted), by its id (`(app)/[gemeente]/sessies/[sessieId]/stappen/[stap]/page`): for a
 * page that narrows what its route ships, to check the narrowing against every client module.
 */
export function clientModulesOfRoute(root, id) {
  const reached = new Set();
  routeKeys(root, path.join(root, "app", `${id}.tsx`), new Map(), reached);
  return [...reached].map((file) => path.relative(root, file)).sort();
}

/** Every key path some route ships (the union of scanClientMessageKeys' lists). */
export function allClientMessageKeys(routes) {
  return minimalKeys(Object.values(routes).flat());
}

export const CLIENT_MESSAGES_FILE = "lib/i18n/client-messages.json";
