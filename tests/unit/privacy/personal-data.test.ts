import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, isDutchPhoneNumber, isValidBsn } from "@/lib/privacy/personal-data";

/** Nine digits that pass the 11-proef, built from eight random ones. */
const validBsn = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).filter((d) => d.some((x) => x > 0)).map((d) => {
  const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
  return { digits: d, check: sum % 11 };
}).filter(({ check }) => check < 10).map(({ digits, check }) => `${digits.join("")}${check}`);

describe("the 11-proef", () => {
  it.each(["111222333", "123456782", "999990019"])("accepts %s", (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(["123456789", "111222334", "000000000", "12345678a", "1234567890"])("refuses %s", (bsn) => expect(isValidBsn(bsn)).toBe(false));

  it("accepts every number built to pass it, and no single-digit change of one", () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (bsn, position, delta) => {
        expect(isValidBsn(bsn)).toBe(true);
        const changed = bsn.slice(0, position) + String((Number(bsn[position]) + delta) % 10) + bsn.slice(position + 1);
        // Changing one digit changes the weighted sum by weight×delta, never a multiple of 11.
        expect(isValidBsn(changed)).toBe(false);
      }),
    );
  });
});

describe("personal data in a case text", () => {
  it.each([
    ["Mail haar op j.jansen@example.nl voor details", ["EMAIL"]],
    ["Bel mevrouw op 06-12345678", ["PHONE"]],
    ["Zijn nummer is 06 1234 5678.", ["PHONE"]],
    ["Bereikbaar via +31 6 12345678", ["PHONE"]],
    ["Bereikbaar via +31 (0)20 123 4567", ["PHONE"]],
    ["Vaste lijn 020-1234567", ["PHONE"]],
    ["BSN 111222333 stond op de brief", ["BSN"]],
    ["BSN 1112.22.333 stond erop", ["BSN"]],
    ["Zijn BSN is 123.456.782", ["BSN"]],
    ["Mail a@b.nl of bel 0612345678, BSN 111222333", ["EMAIL", "PHONE", "BSN"]],
  ])("finds it in %j", (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });

  it.each([
    "Een 90-jarige wachtte vier weken op hulp",
    "Het budget is € 123.456.789",
    "In 2024 wachtten 350 mensen gemiddeld 12 weken",
    "Het zaaknummer 123456789 kwam terug",
    "Zorgaanbieders werken langs elkaar heen",
  ])("does not cry wolf at %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it("finds any valid BSN wherever it stands in a sentence", () => {
    fc.assert(
      fc.property(validBsn, fc.string({ maxLength: 30 }).map((s) => s.replace(/[\d+]/g, "")), (bsn, words) => {
        expect(findPersonalData(`${words} ${bsn} ${words}`)).toContain("BSN");
      }),
    );
  });

  it("recognises Dutch phone numbers written in the usual ways", () => {
    for (const n of ["0612345678", "06-12345678", "06 12 34 56 78", "+31612345678", "0031 6 12345678", "010 - 123 45 67"]) expect(isDutchPhoneNumber(n), n).toBe(true);
    for (const n of ["061234567", "00612345678", "12345678", "+32612345678"]) expect(isDutchPhoneNumber(n), n).toBe(false);
  });
});
