import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  allClientMessageKeys,
  CLIENT_MESSAGES_FILE,
  keysOfSource,
  minimalKeys,
  scanClientMessageKeys,
  unreachedClientTranslators,
} from "@/scripts/lib/client-message-keys.mjs";
import { narrowKeys, pickMessages } from "@/lib/i18n/client-messages";
import { root } from "@/tests/support/source-files";

// The browser gets, per page, only the messages its client components use
// (lib/i18n/client-messages.ts, components/i18n/client-messages.tsx). A client component
// that starts using a key its route does not ship would show the raw key: this test fails
// first. Fix: `npm run i18n:client-keys`.

const routes: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(root, CLIENT_MESSAGES_FILE), "utf8"));

function catalogue(locale: string) {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8"));
  return { ...read(`${locale}.json`), preparation: read(`preparation.${locale}.json`), validation: read(`validation.${locale}.json`) };
}

const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
const namespaces = (keys: string[]) => new Set(keys.map((key) => key.split(".")[0]));

describe("messages shipped to the browser", () => {
  it("are per route exactly the keys its client components use (npm run i18n:client-keys when this fails)", () => {
    expect(routes).toEqual(scanClientMessageKeys(root));
  });

  it("reach every client component that translates (an import the scan cannot follow fails here)", () => {
    expect(unreachedClientTranslators(root)).toEqual([]);
  });

  it.each(["nl", "en"])("name keys that exist in %s, and a route's pick carries each", (locale) => {
    const messages = catalogue(locale);
    for (const keys of Object.values(routes)) {
      const picked = pickMessages(messages, keys);
      for (const key of keys) {
        expect(at(messages, key), key).toBeDefined();
        expect(at(picked, key), key).toEqual(at(messages, key));
      }
    }
  });

  it("are handed over by each route that needs them, under its own name, and by no other", () => {
    const routeFiles = fs.readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)(page|layout)\.tsx$/.test(f));
    for (const file of routeFiles) {
      const id = file.replace(/\.tsx$/, "");
      const source = fs.readFileSync(path.join(root, "app", file), "utf8");
      const named = [...source.matchAll(/withClientMessages\("([^"]+)"|<ClientMessages route="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      expect(named, file).toEqual(id in routes ? [id] : []);
    }
  });

  it("leave out what a page's client components do not use", () => {
    const messages = catalogue("nl");
    // The root layout: only its error page's texts; a bare page ships nothing more.
    expect([...namespaces(routes.layout)]).toEqual(["errors"]);
    // The worksheet ships the worksheet's client texts, not the members page's or the projector's.
    const worksheet = routes["(app)/[gemeente]/sessies/[sessieId]/werkblad/page"];
    expect(namespaces(worksheet)).toContain("worksheet");
    for (const other of [routes["(app)/[gemeente]/leden/page"], routes["projectie/[gemeente]/[sessieId]/page"]]) {
      expect(other.filter((key) => !worksheet.some((mine) => key === mine || key.startsWith(`${mine}.`))).length).toBeGreaterThan(0);
    }
    // Within a namespace too: the worksheet's client components use some of its keys, not its page texts.
    const picked = pickMessages(messages, worksheet);
    expect(Object.keys(picked.worksheet as object).length).toBeLessThan(Object.keys(messages.worksheet).length);
    // And no route ships all the client texts of the app.
    const all = allClientMessageKeys(routes);
    for (const keys of Object.values(routes)) expect(keys.length).toBeLessThan(all.length);
  });
});

describe("a page's narrowing of a namespace its route ships whole", () => {
  const keys = ["forms.required", "preparation", "steps.save"];

  it("replaces that namespace by the page's keys under it and keeps the route's others", () => {
    const narrowed = narrowKeys(keys, { id: "x", within: "preparation", keys: ["preparation.status", "preparation.steps.proces.fields"] });
    expect(narrowed.sort()).toEqual(["forms.required", "preparation.status", "preparation.steps.proces.fields", "steps.save"]);
  });

  it("can only take away: no key outside it, no namespace the route does not ship whole", () => {
    expect(() => narrowKeys(keys, { id: "x", within: "preparation", keys: ["preparation.status", "worksheet.saving"] })).toThrow(/worksheet\.saving/);
    expect(() => narrowKeys(keys, { id: "x", within: "preparation", keys: ["preparationGroup.legend"] })).toThrow(/preparationGroup/);
    expect(() => narrowKeys(keys, { id: "x", within: "steps", keys: ["steps.save"] })).toThrow(/"steps"/);
  });
});

describe("the scan of a client component", () => {
  it("takes literal keys, template keys up to their last static dot, and computed keys as the whole namespace", () => {
    const source = `
      const t = useTranslations("worksheet");
      const u = useTranslations();
      const v = useTranslations("agenda");
      t("saving"); t.rich("savedAt", {}); u(\`preparation.rungs.\${rung}.name\`); u("live.results");
      v(direction === "up" ? "moveUp" : "moveDown");`;
    expect([...keysOfSource(source)].sort()).toEqual(["agenda", "live.results", "preparation.rungs", "worksheet.savedAt", "worksheet.saving"]);
  });

  it("ships the whole namespace of a translator handed to other code", () => {
    expect([...keysOfSource(`const t = useTranslations("preparation"); t("a.b"); optionLabel(t, field);`)].sort()).toEqual(["preparation", "preparation.a.b"]);
    // Two components in one file, each with its own `t`: each use belongs to the nearest declaration before it.
    expect([...keysOfSource(`function A() { const t = useTranslations("x"); return t("a"); }\nfunction B() { const t = useTranslations("y"); return t("b"); }`)].sort()).toEqual(["x.a", "y.b"]);
    expect(minimalKeys(["preparation", "preparation.a.b", "app.x"])).toEqual(["app.x", "preparation"]);
  });

  it("refuses a computed key without a namespace (it would need the whole catalogue)", () => {
    expect(() => keysOfSource("const t = useTranslations(); t(key);", "x.tsx")).toThrow(/x\.tsx/);
  });
});
