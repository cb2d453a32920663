import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import prepEn from "@/messages/preparation.en.json";
import prepNl from "@/messages/preparation.nl.json";
import { WARNING_CODES } from "@/lib/preparation/checks";
import { MISSING_CODES } from "@/lib/preparation/progress";
import { STEPS } from "@/lib/preparation/steps";

function keys(object: unknown, prefix = ""): string[] {
  if (typeof object !== "object" || object === null) return [prefix];
  return Object.entries(object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const lookup = (object: unknown, path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], object);

describe("translations", () => {
  it("Dutch and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(prepEn).sort()).toEqual(keys(prepNl).sort());
  });

  it("every warning, missing item and step text the code can ask for exists", () => {
    for (const messages of [prepNl, prepEn]) {
      for (const code of WARNING_CODES) expect(lookup(messages, `warnings.${code}`), code).toEqual(expect.any(String));
      for (const code of MISSING_CODES) expect(lookup(messages, `missing.${code}`), code).toEqual(expect.any(String));
      for (const step of STEPS) {
        for (const part of ["title", "subtitle", "guidance", "source"]) {
          expect(lookup(messages, `${step.messageKey}.${part}`), `${step.messageKey}.${part}`).toEqual(expect.any(String));
        }
      }
    }
  });
});
