import { describe, expect, it } from "vitest";
import { participantSummary, roomForInputStatement, roomNote } from "@/lib/preparation/rendering";
import { emptyStepData, type RoomLevel } from "@/lib/preparation/schemas";
import nl from "@/messages/preparation.nl.json";

describe("roomForInputStatement", () => {
  it("says 'unknown' for dimensions without a level", () => {
    const items = roomForInputStatement(emptyStepData(5), "participants");
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
    }, "participants");
    expect(items).toEqual([
      { dimension: "decision", level: "GEEN", canInfluence: false, key: "roomForInput.decision.GEEN", params: {}, explanation: "De raad besluit in mei." },
      { dimension: "financial", level: "RUIM", canInfluence: true, key: "roomForInput.financialAmount.RUIM", params: { amount: 40000 }, explanation: "" },
      { dimension: "legal", level: "BEPERKT", canInfluence: true, key: "roomForInput.legal.BEPERKT", params: {}, explanation: "" },
    ]);
  });

  it("leaves out the amount when there is no financial room or no amount", () => {
    const base = emptyStepData(5);
    const none = roomForInputStatement({ ...base, financial: { level: "GEEN", explanation: "", amount: 500 } }, "participants")[1];
    expect([none.key, none.params]).toEqual(["roomForInput.financial.GEEN", {}]);
    const noAmount = roomForInputStatement({ ...base, financial: { level: "BEPERKT", explanation: "", amount: null } }, "participants")[1];
    expect(noAmount.key).toBe("roomForInput.financial.BEPERKT");
  });
});

describe("roomForInputStatement for the council", () => {
  it("tells raadsleden what residents and partners can influence, never 'u kunt niet meebeslissen'", () => {
    const data = { ...emptyStepData(5), decision: { level: "GEEN" as const, explanation: "" }, financial: { level: "RUIM" as const, explanation: "", amount: 40000 } };
    const keys = roomForInputStatement(data, "council").map((i) => i.key);
    expect(keys).toEqual(["roomForInput.council.decision.GEEN", "roomForInput.council.financialAmount.RUIM", "roomForInput.unknown"]);
    expect(nl.roomForInput.council.decision.GEEN).not.toMatch(/\bu kunt\b/i);
    for (const text of Object.values(nl.roomForInput.council.decision)) expect(text).toMatch(/inwoners en partners/i);
  });

  it("keeps the council's authority when the decision room is full (the Rob: within agreed limits)", () => {
    expect(nl.roomForInput.council.decision.VOLLEDIG).toMatch(/grenzen/);
    expect(nl.roomForInput.decision.VOLLEDIG).toMatch(/grenzen/);
    expect(nl.roomForInput.decision.VOLLEDIG).not.toMatch(/nemen uw besluit over/);
  });
});

describe("roomNote", () => {
  const room = (decision: RoomLevel | null, financial: RoomLevel | null, legal: RoomLevel | null) => ({
    decision: { level: decision, explanation: "" },
    financial: { level: financial, explanation: "", amount: null },
    legal: { level: legal, explanation: "" },
  });
  it("says NONE when no dimension offers room, unknown counting as none", () => {
    expect(roomNote(room(null, null, null))).toBe("NONE");
    expect(roomNote(room("GEEN", null, "GEEN"))).toBe("NONE");
  });
  it("says UNCLEAR when some room is offered but a dimension is not said, and nothing when all is said", () => {
    expect(roomNote(room("GEEN", "BEPERKT", null))).toBe("UNCLEAR");
    expect(roomNote(room("GEEN", "BEPERKT", "GEEN"))).toBeNull();
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
