import { describe, expect, it } from "vitest";
import en from "@/messages/validation.en.json";
import nl from "@/messages/validation.nl.json";
import { read, SOURCES } from "@/tests/support/source-files";
import { validationTranslator } from "@/tests/support/validation";

// Validation messages are keys of messages/validation.<locale>.json (lib/validation/message.ts),
// so each language shows its own. These keep the catalogues whole and the schemas free of text.

function keys(object: unknown, prefix = ""): string[] {
  if (typeof object !== "object" || object === null) return [prefix];
  return Object.entries(object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** The files whose schemas a form parses with. */
const SCHEMA_FILES = SOURCES.filter((file) => file.startsWith("lib/validation/") && !["lib/validation/message.ts", "lib/validation/issues.ts"].includes(file));

/** A string literal that reads as a sentence: letters, a space, more letters. */
const SENTENCE = /(["'`])(?:(?!\1)[^\\\n]|\\.)*[A-Za-zÀ-ÿ]{2,} [A-Za-zÀ-ÿ]{2,}(?:(?!\1)[^\\\n]|\\.)*\1/g;

describe("validation messages", () => {
  it("Dutch and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("every key used in the code exists in both languages", () => {
    const used = SOURCES.flatMap((file) => [...read(file).matchAll(/\bmsg\("([\w.]+)"/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(40);
    const inBoth = new Set(keys(nl).filter((k) => keys(en).includes(k)));
    expect([...new Set(used)].filter((key) => !inBoth.has(key))).toEqual([]);
  });

  it("fills in the bounds a message names, in each language", () => {
    expect(validationTranslator("nl")("field.tooBig", { max: 200, origin: "string" })).toBe("Te lang of te groot: hoogstens 200 tekens.");
    expect(validationTranslator("en")("field.tooBig", { max: 200, origin: "string" })).toBe("Too long or too large: at most 200 characters.");
  });

  it("schemas hold keys, not Dutch (or English) sentences", () => {
    expect(SCHEMA_FILES.length).toBeGreaterThanOrEqual(10);
    const sentences = SCHEMA_FILES.flatMap((file) =>
      [...read(file).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").matchAll(SENTENCE)].map((m) => `${file}: ${m[0]}`),
    );
    expect(sentences).toEqual([]);
  });
});
