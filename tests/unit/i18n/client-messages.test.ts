import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES_FILE, keysOfSource, minimalKeys, scanClientMessageKeys } from "@/scripts/lib/client-message-keys.mjs";
import { pickMessages } from "@/lib/i18n/client-messages";
import { root } from "@/tests/support/source-files";

// The browser gets only the messages its client components use (lib/i18n/client-messages.ts).
// A client component that starts using a key the list does not ship would show the raw key:
// this test fails first. Fix: `npm run i18n:client-keys`.

const shipped: string[] = JSON.parse(fs.readFileSync(path.join(root, CLIENT_MESSAGES_FILE), "utf8"));

function catalogue(locale: string) {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8"));
  return { ...read(`${locale}.json`), preparation: read(`preparation.${locale}.json`), validation: read(`validation.${locale}.json`) };
}

const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe("messages shipped to the browser", () => {
  it("are exactly the keys the client components use (npm run i18n:client-keys when this fails)", () => {
    expect(shipped).toEqual(scanClientMessageKeys(root));
  });

  it.each(["nl", "en"])("name keys that exist in %s, and the pick carries each", (locale) => {
    const messages = catalogue(locale);
    const picked = pickMessages(messages, shipped);
    for (const key of shipped) {
      expect(at(messages, key), key).toBeDefined();
      expect(at(picked, key), key).toEqual(at(messages, key));
    }
  });

  it("leave out what no client component uses", () => {
    const messages = catalogue("nl");
    const picked = pickMessages(messages, shipped);
    const unused = Object.keys(messages).filter((ns) => !shipped.some((key) => key === ns || key.startsWith(`${ns}.`)));
    expect(unused.length).toBeGreaterThan(0);
    for (const ns of unused) expect(picked).not.toHaveProperty(ns);
    // Within a namespace too: the worksheet's client components use some of its keys, not its page texts.
    expect(Object.keys(picked.worksheet as object).length).toBeLessThan(Object.keys(messages.worksheet).length);
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
