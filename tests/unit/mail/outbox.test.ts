import { describe, expect, it } from "vitest";
import { backoffMs } from "@/lib/mail/outbox";

describe("outbox backoff", () => {
  it("waits longer after each failure, up to four hours", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20)).toBe(4 * 3600_000);
  });
});
