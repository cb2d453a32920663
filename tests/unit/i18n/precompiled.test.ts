import { describe, expect, it } from "vitest";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatWithParser from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { FORMATS, INTL_SETTINGS } from "@/lib/i18n/formats";
import { mainTranslator } from "@/lib/i18n/main-translator";
import { translator } from "@/lib/i18n/translator";
import preparationNl from "@/messages/preparation.nl.json";
import { pickMessages } from "@/lib/i18n/client-messages";
import ROUTES from "@/lib/i18n/client-messages.json";
import { allClientMessageKeys } from "@/scripts/lib/client-message-keys.mjs";
import { builtNextConfig, catalogRule, catalogues } from "@/tests/support/precompiled-messages";
import { read, SOURCES } from "@/tests/support/source-files";

/** The test helpers that translate as the app does. */
const SUPPORT = ["tests/support/translator.ts", "tests/support/validation.ts"];

// In the build every message is compiled (next.config.mjs) and formatted without the ICU
// parser; vitest, the tsx worker and the scripts read the JSON as it is and format with the
// parser. This file checks that the two give the same text for every message in both
// languages, with values that take every branch, and keeps the code from reading messages
// in ways only the raw JSON allows.

const TIME_ZONE = "Europe/Amsterdam";
const LOCALES = ["nl", "en"] as const;

/** Every message of a raw catalogue: [dotted key, ICU text]. */
function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}
const at = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

// icu-minify's compiled form (node_modules/icu-minify/dist/esm/*/types-*.js): a string; 0 for `#`;
// [name] an argument; [name, type, …] with type 1 select, 2 plural, 3 selectordinal, 4 number,
// 5 date, 6 time; [tag, ...children] a tag.
type Argument = { kinds: Set<"simple" | "select" | "plural" | "number" | "date" | "tag">; options: Set<string>; styles: Set<string> };
type Compiled = string | number | Compiled[] | { [key: string]: Compiled };

function argumentsOf(message: Compiled, into = new Map<string, Argument>()): Map<string, Argument> {
  if (!Array.isArray(message)) return into;
  const visitNode = (node: Compiled) => {
    if (!Array.isArray(node)) return;
    const [name, type, ...rest] = node as [string, Compiled, ...Compiled[]];
    const arg = into.get(name) ?? { kinds: new Set(), options: new Set(), styles: new Set() };
    into.set(name, arg);
    if (type === undefined) arg.kinds.add("simple");
    else if (typeof type !== "number" || type === 0) {
      arg.kinds.add("tag");
      for (const child of [type, ...rest]) visitNode(child);
    } else if (type === 1 || type === 2 || type === 3) {
      arg.kinds.add(type === 1 ? "select" : "plural");
      for (const [option, branch] of Object.entries(rest[0] as Record<string, Compiled>)) {
        arg.options.add(option);
        // A branch is a string, 0 (`#`) or a list of nodes.
        if (Array.isArray(branch)) branch.forEach(visitNode);
      }
    } else {
      arg.kinds.add(type === 4 ? "number" : "date");
      if (typeof rest[0] === "string") arg.styles.add(rest[0]);
    }
  };
  // A message is one node ([name, …]) only inside branches; at the top it is a list of nodes.
  (message as Compiled[]).forEach(visitNode);
  return into;
}

const PLURAL_VALUES = [0, 1, 2, 5, 21, 1000];
const DATES = [new Date("2026-11-30T18:05:00Z"), new Date("2026-07-01T07:30:00Z")];

/** Values for a message: one set with a first choice for each argument, then one per other choice of each argument. */
function valueSets(args: Map<string, Argument>): Record<string, unknown>[] {
  const choices = new Map<string, unknown[]>();
  for (const [name, arg] of args) {
    if (arg.kinds.has("tag")) choices.set(name, [(chunks: unknown[]) => `<${name}>${chunks.join("")}</${name}>`]);
    else if (arg.kinds.has("date")) choices.set(name, DATES);
    else if (arg.kinds.has("plural")) choices.set(name, PLURAL_VALUES);
    else if (arg.kinds.has("number")) choices.set(name, [2500, 1234567.5, 0]);
    else if (arg.kinds.has("select")) choices.set(name, [...[...arg.options].filter((o) => o !== "other"), "SOMETHING_ELSE"]);
    else choices.set(name, [`«${name}»`]);
  }
  const first = Object.fromEntries([...choices].map(([name, values]) => [name, values[0]]));
  const sets = [first];
  for (const [name, values] of choices) for (const value of values.slice(1)) sets.push({ ...first, [name]: value });
  return sets;
}

function formatBoth(locale: string, key: string, raw: string, compiled: unknown, values: Record<string, unknown> | undefined) {
  const options = () => {
    const cache = _createCache();
    return { cache, formatters: _createIntlFormatters(cache), globalFormats: FORMATS, locale, timeZone: TIME_ZONE };
  };
  type Values = Parameters<typeof formatWithParser>[2];
  return {
    parser: formatWithParser(key, raw, values as Values, options()),
    compiled: formatCompiled(key, compiled as never, values as Values, options()),
  };
}

describe.each(LOCALES)("precompiled messages (%s)", (locale) => {
  it("format to the same text as the ICU parser, for every message and every branch", async () => {
    const { raw, compiled } = await catalogues(locale);
    const messages = leaves(raw);
    expect(messages.length).toBeGreaterThan(1000);
    let formatted = 0;
    for (const [key, text] of messages) {
      const compiledMessage = at(compiled, key);
      expect(compiledMessage, key).toBeDefined();
      const args = argumentsOf(compiledMessage as Compiled);
      for (const values of args.size === 0 ? [undefined] : valueSets(args)) {
        const { parser, compiled: output } = formatBoth(locale, key, text, compiledMessage, values);
        expect(output, `${key} with ${JSON.stringify(values)}`).toEqual(parser);
        formatted++;
      }
    }
    expect(formatted).toBeGreaterThan(messages.length);
  });

  it("keep every message the browser gets in the pick of the compiled catalogue", async () => {
    const { raw, compiled } = await catalogues(locale);
    const CLIENT_KEYS: string[] = allClientMessageKeys(ROUTES);
    const pickedRaw = pickMessages(raw as never, CLIENT_KEYS);
    const pickedCompiled = pickMessages(compiled as never, CLIENT_KEYS);
    for (const key of CLIENT_KEYS) expect(at(pickedCompiled, key), key).toEqual(at(compiled, key));
    // The same messages, only compiled: no key more or less than the raw pick.
    expect(leaves(pickedRaw).map(([key]) => key).filter((key) => at(pickedCompiled, key) === undefined)).toEqual([]);
    expect(JSON.stringify(pickedCompiled).length).toBeLessThan(JSON.stringify(compiled).length);
  });
});

describe("dates in messages", () => {
  // The exact text a reader saw before messages were compiled, when these used ICU's built-in styles.
  const before = (locale: string, text: string, values: Record<string, unknown>) => {
    const cache = _createCache();
    return formatWithParser("before", text, values as never, { cache, formatters: _createIntlFormatters(cache), locale, timeZone: TIME_ZONE });
  };

  it.each(LOCALES)("read as ICU's built-in long, full and short styles did (%s)", async (locale) => {
    const { raw, compiled } = await catalogues(locale);
    for (const date of DATES) {
      const key = "sessionInvitations.lastSent";
      const text = at(raw, key) as string;
      const old = text.replace("dayMonthYear", "long").replace("hourMinute", "short");
      expect(formatBoth(locale, key, text, at(compiled, key), { date }).compiled).toEqual(before(locale, old, { date }));
      const body = "sessionInvitations.mail.body";
      const values = { name: "A", title: "B", gemeente: "C", start: date, end: new Date(date.getTime() + 7200000), location: "D", joinLink: "E", yes: "F", no: "G", maybe: "H" };
      const oldBody = (at(raw, body) as string).replace("weekdayDayMonthYear", "full").replaceAll("hourMinute", "short");
      expect(formatBoth(locale, body, at(raw, body) as string, at(compiled, body), values).compiled).toEqual(before(locale, oldBody, values));
    }
  });

  it("say the day and the time in each language's own way", async () => {
    const date = DATES[0];
    const nl = await catalogues("nl");
    const en = await catalogues("en");
    const key = "sessionInvitations.lastSent";
    expect(formatBoth("nl", key, at(nl.raw, key) as string, at(nl.compiled, key), { date }).compiled).toBe("Laatst verstuurd: 30 november 2026 om 19:05.");
    expect(formatBoth("en", key, at(en.raw, key) as string, at(en.compiled, key), { date }).compiled).toBe("Last sent: November 30, 2026 at 7:05 PM.");
  });

  it("name only the styles of lib/i18n/formats.ts (the compiled formatter knows no built-in ones)", async () => {
    for (const locale of LOCALES) {
      const { raw, compiled } = await catalogues(locale);
      for (const [key] of leaves(raw)) {
        for (const [name, arg] of argumentsOf(at(compiled, key) as Compiled)) {
          for (const style of arg.styles) {
            const known = arg.kinds.has("date") ? Object.keys(FORMATS.dateTime) : [];
            expect(known, `${locale} ${key}: {${name}, …, ${style}}`).toContain(style);
          }
        }
      }
    }
  });
});

describe("the build's message configuration", () => {
  it("compiles every catalogue in messages/ and formats without the parser", async () => {
    const rule = await catalogRule();
    expect(rule.condition?.path).toContain("messages");
    expect(rule.loaders[0].options).toMatchObject({ messages: { format: "json", precompile: true } });
    expect((await builtNextConfig()).turbopack?.resolveAlias?.["use-intl/format-message"]).toMatch(/format-only/);
  });

  // The build's messages are arrays as often as strings: only a translator turns them into text.
  // Outside a request every translator is made in lib/i18n/main-translator.ts (with the shared
  // formats); these files import catalogues as values and hand them to it; anything else
  // translates through next-intl's request config (getTranslations, useTranslations).
  const IMPORTERS = ["lib/i18n/main-translator.ts", "lib/i18n/request.ts", "lib/i18n/translator.ts"];
  const MAKER = "lib/i18n/main-translator.ts";

  it("lets only lib/i18n import a catalogue, and make every translator with the shared formats", () => {
    const importers = [...SOURCES, "proxy.ts"].filter((file) => /^import (?!type )[^;]*from "@\/messages\/|import\(`[^`]*messages\//m.test(read(file)));
    expect(importers.sort()).toEqual(IMPORTERS);
    const makers = [...SOURCES, "proxy.ts", ...SUPPORT].filter((file) => /\bcreateTranslator\b/.test(read(file)));
    expect(makers).toEqual([MAKER]);
    expect(read(MAKER).match(/createTranslator\(\{[^)]*\}\)/g)).toEqual([expect.stringContaining("...INTL_SETTINGS")]);
    expect(read("lib/i18n/request.ts")).toMatch(/return \{[^}]*\.\.\.INTL_SETTINGS \}/);
    expect(INTL_SETTINGS).toEqual({ timeZone: TIME_ZONE, formats: FORMATS });
  });

  it("gives the translators outside a request the named date styles and our time zone", () => {
    const date = DATES[0];
    expect(translator("nl", "sessionInvitations")("lastSent", { date })).toBe("Laatst verstuurd: 30 november 2026 om 19:05.");
    expect(translator("en")("sessionInvitations.mail.subject", { title: "Begroting", date })).toBe("Invitation: Begroting on November 30, 2026");
    expect(mainTranslator("en", "sessionInvitations")("lastSent", { date })).toBe("Last sent: November 30, 2026 at 7:05 PM.");
    expect(translator("nl", "preparation.rungs")("LOSLATEN.name")).toBe(at(preparationNl, "rungs.LOSLATEN.name"));
  });

  it("uses no t.raw (the compiled formatter has none)", () => {
    expect(SOURCES.filter((file) => /\bt[A-Za-z]*\.raw\(/.test(read(file)))).toEqual([]);
  });
});
