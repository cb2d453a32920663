import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { APP_ERROR_CODES } from "@/lib/errors";

// The preparation texts have their own, stricter test in tests/unit/preparation/messages.test.ts.
function keys(object: unknown, prefix = ""): string[] {
  if (typeof object !== "object" || object === null) return [prefix];
  return Object.entries(object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations of the app shell and features", () => {
  it("Dutch and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("every error code the code can raise has a text in both languages", () => {
    for (const messages of [nl, en]) for (const code of APP_ERROR_CODES) expect((messages.errors as Record<string, string>)[code], code).toEqual(expect.any(String));
  });
});
