import { describe, expect, it } from "vitest";
import { RUNGS, isLowRung, isRung, rungIndex } from "@/lib/preparation/rungs";
import { STEPS, STEP_NUMBERS, isStepDone, isStepNumber, stepByNumber, stepBySlug } from "@/lib/preparation/steps";

describe("steps", () => {
  it("has ten steps numbered 1..10 in order with unique slugs and message keys", () => {
    expect(STEPS.map((s) => s.number)).toEqual([...STEP_NUMBERS]);
    expect(new Set(STEPS.map((s) => s.slug)).size).toBe(10);
    expect(new Set(STEPS.map((s) => s.messageKey)).size).toBe(10);
  });

  it("finds steps by slug and by number", () => {
    expect(stepBySlug("ruimte-voor-inbreng")?.number).toBe(5);
    expect(stepBySlug("volhouden")?.number).toBe(10);
    expect(stepByNumber(3)?.slug).toBe("probleem");
    expect(stepByNumber(5)?.messageKey).toBe("steps.ruimteVoorInbreng");
  });

  it("returns undefined for unknown slugs and numbers", () => {
    expect(stepBySlug("onbekend")).toBeUndefined();
    expect(stepBySlug("Proces")).toBeUndefined();
    expect(stepByNumber(0)).toBeUndefined();
    expect(stepByNumber(11)).toBeUndefined();
    expect(isStepNumber(4)).toBe(true);
    expect(isStepNumber("4")).toBe(false);
  });

  it("counts KLAAR and NVT as done", () => {
    expect(isStepDone("KLAAR")).toBe(true);
    expect(isStepDone("NVT")).toBe(true);
    expect(isStepDone("BEZIG")).toBe(false);
    expect(isStepDone("OPEN")).toBe(false);
  });
});

describe("rungs", () => {
  it("orders the ladder from regulating (top) to letting go (bottom)", () => {
    expect(RUNGS).toEqual(["REGULEREN", "REGISSEREN", "STIMULEREN", "FACILITEREN", "LOSLATEN"]);
    expect(rungIndex("REGULEREN")).toBe(0);
    expect(rungIndex("LOSLATEN")).toBe(4);
  });

  it("marks only Faciliteren and Loslaten as low rungs", () => {
    expect(RUNGS.filter(isLowRung)).toEqual(["FACILITEREN", "LOSLATEN"]);
  });

  it("recognises rung values", () => {
    expect(isRung("STIMULEREN")).toBe(true);
    expect(isRung("stimuleren")).toBe(false);
    expect(isRung(null)).toBe(false);
  });
});
