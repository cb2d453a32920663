import { describe, expect, it } from "vitest";
import { participantSummary, roomForInputStatement } from "@/lib/preparation/rendering";
import { emptyStepData } from "@/lib/preparation/schemas";

describe("roomForInputStatement", () => {
  it("says 'unknown' for dimensions without a level", () => {
    const items = roomForInputStatement(emptyStepData(5));
    expect(items.map((i) => [i.dimension, i.key, i.canInfluence])).toEqual([
      ["decision", "roomForInput.unknown", false],
      ["financial", "roomForInput.unknown", false],
      ["legal", "roomForInput.unknown", false],
    ]);
    expect(items[1].params).toEqual({ dimension: "financial" });
  });

  it("marks what participants can and cannot influence", () => {
    const items = roomForInputStatement({
      decision: { level: "GEEN", explanation: " De raad besluit in mei. " },
      financial: { level: "RUIM", explanation: "", amount: 40000 },
      legal: { level: "BEPERKT", explanation: "" },
    });
    expect(items).toEqual([
      { dimension: "decision", level: "GEEN", canInfluence: false, key: "roomForInput.decision.GEEN", params: {}, explanation: "De raad besluit in mei." },
      { dimension: "financial", level: "RUIM", canInfluence: true, key: "roomForInput.financialAmount.RUIM", params: { amount: 40000 }, explanation: "" },
      { dimension: "legal", level: "BEPERKT", canInfluence: true, key: "roomForInput.legal.BEPERKT", params: {}, explanation: "" },
    ]);
  });

  it("leaves out the amount when there is no financial room or no amount", () => {
    const base = emptyStepData(5);
    const none = roomForInputStatement({ ...base, financial: { level: "GEEN", explanation: "", amount: 500 } })[1];
    expect([none.key, none.params]).toEqual(["roomForInput.financial.GEEN", {}]);
    const noAmount = roomForInputStatement({ ...base, financial: { level: "BEPERKT", explanation: "", amount: null } })[1];
    expect(noAmount.key).toBe("roomForInput.financial.BEPERKT");
  });
});

describe("participantSummary", () => {
  it("computes the usual suspects' share", () => {
    const data = {
      ...emptyStepData(8),
      participants: [
        { id: "a", group: "Bewonerscommissie", count: 6, usualSuspect: true },
        { id: "b", group: "Jongeren", count: 14, usualSuspect: false },
      ],
    };
    expect(participantSummary(data)).toEqual({ total: 20, usualSuspects: 6, usualSuspectShare: 0.3 });
  });

  it("has no share when nobody took part", () => {
    expect(participantSummary(emptyStepData(8)).usualSuspectShare).toBeNull();
  });
});
