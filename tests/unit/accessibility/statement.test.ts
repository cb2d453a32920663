import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { KNOWN_ISSUES, STATEMENT_DATE, TESTING } from "@/lib/accessibility/statement";
import { accessibilityContact } from "@/lib/env";

describe("the accessibility statement", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names the griffie's address from ACCESSIBILITY_CONTACT_EMAIL, or a default", () => {
    vi.stubEnv("ACCESSIBILITY_CONTACT_EMAIL", "");
    expect(accessibilityContact()).toBe("griffie@voorbeeld.nl");
    vi.stubEnv("ACCESSIBILITY_CONTACT_EMAIL", "griffie@gemeente-a.nl");
    expect(accessibilityContact()).toBe("griffie@gemeente-a.nl");
  });

  it("has a text in both languages for every way of testing and every known issue", () => {
    for (const messages of [nl, en]) {
      for (const key of TESTING) expect(messages.accessibility.testing[key], key).toEqual(expect.any(String));
      for (const key of KNOWN_ISSUES) expect(messages.accessibility.known[key], key).toEqual(expect.any(String));
    }
  });

  it("is dated, not in the future", () => {
    expect(STATEMENT_DATE.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
