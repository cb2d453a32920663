import { describe, expect, it } from "vitest";
import { dateInWords, fromLocalDateTime, toLocalDateTime, todayInAmsterdam } from "@/lib/dates";

describe("Amsterdam wall-clock times", () => {
  it("converts in winter (UTC+1) and summer (UTC+2)", () => {
    expect(fromLocalDateTime("2027-01-14", "19:30").toISOString()).toBe("2027-01-14T18:30:00.000Z");
    expect(fromLocalDateTime("2027-07-01", "19:30").toISOString()).toBe("2027-07-01T17:30:00.000Z");
  });

  it("round-trips around the daylight-saving change", () => {
    for (const [date, time] of [["2027-03-27", "23:00"], ["2027-03-28", "12:00"], ["2027-10-31", "09:15"]]) {
      expect(toLocalDateTime(fromLocalDateTime(date, time))).toEqual({ date, time });
    }
  });

  it("today is the Amsterdam date, not the UTC date", () => {
    expect(todayInAmsterdam(new Date("2027-01-14T23:30:00Z"))).toBe("2027-01-15");
  });
});

describe("dates in words (verslag, PDF, Word)", () => {
  it("writes a calendar date in Dutch words, the same day whatever the time zone", () => {
    expect(dateInWords("2027-03-04")).toBe("4 maart 2027");
    expect(dateInWords("2027-03-04", { weekday: true })).toBe("donderdag 4 maart 2027");
  });

  it("writes an instant as the Amsterdam day and clock time", () => {
    // 23:30 UTC on 14 January is already the 15th in Amsterdam.
    expect(dateInWords(new Date("2027-01-14T23:30:00Z"), { time: true })).toBe("15 januari 2027 om 00:30");
    expect(dateInWords(new Date("2027-07-01T17:30:00Z"), { locale: "en", time: true })).toBe("1 July 2027 at 19:30");
  });
});
