import { describe, expect, it } from "vitest";
import { erasePersonSchema, retentionSchema } from "@/lib/validation/privacy";
import { messagesOf } from "@/tests/support/validation";
import { buildSnapshot, mergeSnapshots, resultsSnapshotSchema, snapshotNowRows, snapshotRows } from "@/lib/worksheets/results-snapshot";

describe("retention setting", () => {
  it.each([["", null], ["12", 12], [" 6 ", 6], ["120", 120]])("accepts %j as %j", (months, expected) => {
    expect(retentionSchema.parse({ months })).toEqual({ months: expected });
  });
  it.each(["0", "121", "1.5", "twaalf", "-3"])("refuses %j with a Dutch message", (months) => {
    const result = retentionSchema.safeParse({ months });
    expect(result.success).toBe(false);
    expect(messagesOf(result.error!)[0]).toMatch(/maand/);
    expect(messagesOf(result.error!, "en")[0]).toMatch(/month/);
  });
});

describe("erasure confirmation", () => {
  it("requires the checkbox", () => {
    expect(messagesOf(erasePersonSchema.safeParse({ membershipId: "m1" }).error!)[0]).toMatch(/niet ongedaan/);
    expect(erasePersonSchema.parse({ membershipId: "m1", confirm: "ja" })).toEqual({ membershipId: "m1", confirm: "ja" });
  });
});

describe("results snapshot", () => {
  it("round-trips counts and merges a later purge", () => {
    const first = buildSnapshot([{ actorId: "a", rung: "LOSLATEN", count: 2 }, { actorId: "a", rung: "REGULEREN", count: 1 }], 3);
    expect(snapshotRows(first)).toEqual([{ actorId: "a", rung: "REGULEREN", count: 1 }, { actorId: "a", rung: "LOSLATEN", count: 2 }]);
    const merged = mergeSnapshots(first, buildSnapshot([{ actorId: "a", rung: "LOSLATEN", count: 1 }], 1));
    expect(merged.counts.a).toEqual({ REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 3 });
    expect(merged.respondents).toBe(4);
  });

  it("keeps the 'now' answers beside the role choice, and reads a snapshot taken before they were kept", () => {
    const first = buildSnapshot([{ actorId: "a", rung: "LOSLATEN", count: 2 }], 2, [{ actorId: "a", rung: "REGULEREN", count: 2 }]);
    const merged = mergeSnapshots(first, buildSnapshot([{ actorId: "a", rung: "LOSLATEN", count: 1 }], 1, [{ actorId: "a", rung: "REGISSEREN", count: 1 }]));
    expect(snapshotNowRows(merged)).toEqual([{ actorId: "a", rung: "REGULEREN", count: 2 }, { actorId: "a", rung: "REGISSEREN", count: 1 }]);
    const old = resultsSnapshotSchema.parse({ version: 1, respondents: 1, counts: { a: { REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 } } });
    expect(snapshotNowRows(old)).toEqual([]);
    expect(mergeSnapshots(old, first).now?.a).toEqual({ REGULEREN: 2, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 });
  });
});
