import { describe, expect, it } from "vitest";
import type { Rung } from "@/lib/preparation/rungs";
import { consensus, consensusReading, distribution, mostChosen, summarise } from "@/lib/worksheets/consensus";

const repeat = (rung: Rung, n: number): Rung[] => Array(n).fill(rung);

describe("Tastle & Wierman consensus", () => {
  it("is 1 when everyone chose the same rung", () => {
    expect(consensus(repeat("STIMULEREN", 7))).toBe(1);
    expect(consensus(["LOSLATEN"])).toBe(1);
  });

  it("is 0 when split evenly between the two extremes", () => {
    expect(consensus([...repeat("REGULEREN", 3), ...repeat("LOSLATEN", 3)])).toBeCloseTo(0, 10);
  });

  it("matches hand-computed mixed cases", () => {
    // Positions {1,2} half/half: μ = 1.5, each |X−μ|/4 = 0.125 → 1 + log2(0.875) = 0.80735
    expect(consensus(["REGULEREN", "REGISSEREN"])).toBeCloseTo(1 + Math.log2(0.875), 10);
    expect(consensus(["REGULEREN", "REGISSEREN"])).toBeCloseTo(0.8074, 4);
    // Positions {2,3,3,4}: μ = 3; p(2)=p(4)=1/4 with |d|/4 = 0.25, p(3)=1/2 with 0
    // → 1 + 2 · 0.25 · log2(0.75) = 1 + 0.5 · (−0.41504) = 0.79248
    expect(consensus(["REGISSEREN", "STIMULEREN", "STIMULEREN", "FACILITEREN"])).toBeCloseTo(0.79248, 5);
    // Positions {1,3,5} one each: μ = 3; |d|/4 = 0.5, 0, 0.5 → 1 + 2/3 · log2(0.5) = 1/3
    expect(consensus(["REGULEREN", "STIMULEREN", "LOSLATEN"])).toBeCloseTo(1 / 3, 10);
  });

  it("is null without answers", () => {
    expect(consensus([])).toBeNull();
  });
});

describe("distribution and most chosen", () => {
  it("counts every rung, zeros included", () => {
    expect(distribution(["LOSLATEN", "LOSLATEN", "REGULEREN"])).toEqual({ REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 2 });
  });

  it("returns all rungs tied for the most, in ladder order", () => {
    expect(mostChosen(["LOSLATEN", "REGISSEREN", "LOSLATEN", "REGISSEREN", "STIMULEREN"])).toEqual(["REGISSEREN", "LOSLATEN"]);
    expect(mostChosen([])).toEqual([]);
  });
});

describe("plain reading", () => {
  it("reads scores with documented thresholds", () => {
    expect(consensusReading(1)).toBe("GROOT");
    expect(consensusReading(0.8)).toBe("GROOT");
    expect(consensusReading(0.79)).toBe("REDELIJK");
    expect(consensusReading(0.6)).toBe("REDELIJK");
    expect(consensusReading(0.59)).toBe("VERDEELD");
    expect(consensusReading(null)).toBe("GEEN_ANTWOORDEN");
  });

  it("summarises in one go", () => {
    expect(summarise(repeat("FACILITEREN", 2))).toMatchObject({ count: 2, mostChosen: ["FACILITEREN"], consensus: 1, reading: "GROOT" });
  });
});
