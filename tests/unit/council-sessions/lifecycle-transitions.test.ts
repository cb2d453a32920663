import { describe, expect, it } from "vitest";
import {
  SESSION_STATUSES,
  canArchive,
  canTransition,
  isForward,
  isSessionStatus,
  nextStatuses,
  transitionKey,
} from "@/lib/council-sessions/lifecycle";

describe("session lifecycle", () => {
  it("allows the normal forward path", () => {
    expect(canTransition("CONCEPT", "VOORBEREID")).toBe(true);
    expect(canTransition("VOORBEREID", "LIVE")).toBe(true);
    expect(canTransition("LIVE", "AFGEROND")).toBe(true);
    expect(canTransition("AFGEROND", "GEEVALUEERD")).toBe(true);
  });

  it("allows the documented steps back", () => {
    expect(canTransition("VOORBEREID", "CONCEPT")).toBe(true);
    expect(canTransition("LIVE", "VOORBEREID")).toBe(true);
    expect(canTransition("AFGEROND", "LIVE")).toBe(true);
    expect(canTransition("GEEVALUEERD", "AFGEROND")).toBe(true);
  });

  it("refuses skipping, big jumps back and staying put", () => {
    expect(canTransition("CONCEPT", "LIVE")).toBe(false);
    expect(canTransition("VOORBEREID", "AFGEROND")).toBe(false);
    expect(canTransition("LIVE", "GEEVALUEERD")).toBe(false);
    expect(canTransition("GEEVALUEERD", "CONCEPT")).toBe(false);
    expect(canTransition("AFGEROND", "CONCEPT")).toBe(false);
    for (const status of SESSION_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it("lists next statuses forward first", () => {
    expect(nextStatuses("CONCEPT")).toEqual(["VOORBEREID"]);
    expect(nextStatuses("VOORBEREID")).toEqual(["LIVE", "CONCEPT"]);
    expect(nextStatuses("GEEVALUEERD")).toEqual(["AFGEROND"]);
    for (const from of SESSION_STATUSES) {
      for (const to of nextStatuses(from)) expect(canTransition(from, to)).toBe(true);
    }
  });

  it("tells forward from backward moves", () => {
    expect(isForward("LIVE", "AFGEROND")).toBe(true);
    expect(isForward("LIVE", "VOORBEREID")).toBe(false);
  });

  it("gives a message key only for allowed transitions", () => {
    expect(transitionKey("VOORBEREID", "LIVE")).toBe("sessionTransitions.VOORBEREID_LIVE");
    expect(() => transitionKey("CONCEPT", "GEEVALUEERD")).toThrow(/not allowed/);
  });

  it("treats archiving as a flag allowed in every status", () => {
    expect(SESSION_STATUSES.every(canArchive)).toBe(true);
    expect(isSessionStatus("GEARCHIVEERD")).toBe(false);
    expect(isSessionStatus("LIVE")).toBe(true);
  });
});
