import { describe, expect, it } from "vitest";
import { SESSION_STATUSES, canTransition, nextStatuses } from "@/lib/council-sessions/lifecycle";

describe("session lifecycle", () => {
  it("follows concept → voorbereid → live → afgerond → geëvalueerd", () => {
    for (let i = 0; i < SESSION_STATUSES.length - 1; i++) {
      expect(canTransition(SESSION_STATUSES[i], SESSION_STATUSES[i + 1])).toBe(true);
    }
  });
  it("never skips forward", () => {
    expect(canTransition("CONCEPT", "LIVE")).toBe(false);
    expect(canTransition("VOORBEREID", "AFGEROND")).toBe(false);
    expect(canTransition("LIVE", "GEEVALUEERD")).toBe(false);
    expect(canTransition("CONCEPT", "GEEVALUEERD")).toBe(false);
  });
  it("allows the documented steps back and no others", () => {
    expect(nextStatuses("VOORBEREID")).toContain("CONCEPT");
    expect(nextStatuses("GEEVALUEERD")).toEqual(["AFGEROND"]);
    expect(canTransition("AFGEROND", "CONCEPT")).toBe(false);
    expect(canTransition("LIVE", "LIVE")).toBe(false);
  });
});
