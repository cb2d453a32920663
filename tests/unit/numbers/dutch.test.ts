import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDutchNumber, formatEuro, parseDutchAmount, parseDutchNumber } from "@/lib/numbers/dutch";
import { formToStepData } from "@/lib/preparation/form-data";
import { STEP_FORMS } from "@/lib/preparation/form-spec";

const value = (r: ReturnType<typeof parseDutchAmount>) => (r.ok ? r.value : "refused");

describe("Dutch amounts", () => {
  it.each([
    ["25.000", 25_000],
    ["25.000,50", 25_000.5],
    ["€ 25.000", 25_000],
    ["€25.000,-", 25_000],
    ["1.234,5", 1_234.5],
    ["1.234.567,89", 1_234_567.89],
    ["25000", 25_000],
    ["12500,50", 12_500.5],
    ["€ 2,5 mln", 2_500_000],
    ["2,5 miljoen", 2_500_000],
    ["1,2 mld", 1_200_000_000],
    ["40 duizend", 40_000],
    ["25 euro", 25],
    ["2.5", 2.5],
    [" 7 ", 7],
  ])("reads %j as %d", (typed, expected) => {
    expect(value(parseDutchAmount(typed))).toBe(expected);
  });

  it.each(["", "veel", "1.23.4", "25.00.000", "1,2,3", "€", "mln", "12a"])("refuses %j rather than guessing", (typed) => {
    expect(parseDutchAmount(typed).ok).toBe(false);
  });

  it("round-trips every amount in cents through the Dutch currency format", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (cents) => {
        const amount = cents / 100;
        expect(value(parseDutchAmount(formatEuro(amount)))).toBe(amount);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips numbers written with thousands points and a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
        const n = whole + Math.sign(whole || 1) * hundredths / 100;
        const r = parseDutchNumber(formatDutchNumber(n));
        expect(r.ok && r.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it("a scale word multiplies: 'x mln' is x million for any x with up to two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const typed = `€ ${formatDutchNumber(hundredths / 100)} mln`;
        expect(value(parseDutchAmount(typed))).toBe(hundredths * 10_000);
      }),
    );
  });

  it("the step 5 form saves '25.000' as twenty-five thousand euros, not € 25", () => {
    const step5 = formToStepData(STEP_FORMS[5], { "financial.level": "BEPERKT", "financial.amount": "25.000" }, () => "x");
    expect(step5).toMatchObject({ financial: { amount: 25_000 } });
    const counts = formToStepData(STEP_FORMS[8], { "participants.0.group": "Ouders", "participants.0.count": "1.200" }, () => "x");
    expect(counts).toMatchObject({ participants: [{ count: 1_200 }] });
  });
});
