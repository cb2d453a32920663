import { describe, expect, it } from "vitest";
import { programmeClock } from "@/lib/agenda/clock";
import { fromLocalDateTime } from "@/lib/dates";

const item = (title: string, durationMinutes: number, skipped = false) => ({ title, durationMinutes, skipped });
const times = (clock: ReturnType<typeof programmeClock<ReturnType<typeof item>>>) => clock.items.map((i) => (i.slot ? `${i.slot.startTime}–${i.slot.endTime}` : null));

describe("programmeClock", () => {
  it("gives each item the clock time the one before it ends, from the session's start in Amsterdam", () => {
    const clock = programmeClock(fromLocalDateTime("2027-03-04", "19:30"), [item("Opening", 15), item("Verkenning", 45), item("Afsluiting", 10)]);
    expect(times(clock)).toEqual(["19:30–19:45", "19:45–20:30", "20:30–20:40"]);
    expect(clock.endTime).toBe("20:40");
    expect(clock.overrunMinutes).toBe(0);
  });

  it("an empty programme ends when it starts and never runs over", () => {
    const start = fromLocalDateTime("2027-03-04", "19:30");
    const clock = programmeClock(start, [], { endsAt: fromLocalDateTime("2027-03-04", "21:00") });
    expect(clock.items).toEqual([]);
    expect(clock.end).toEqual(start);
    expect(clock.endTime).toBe("19:30");
    expect(clock.overrunMinutes).toBe(0);
  });

  it("flags the minutes a programme runs past the session's end", () => {
    const clock = programmeClock(fromLocalDateTime("2027-03-04", "19:30"), [item("Lang", 100)], { endsAt: fromLocalDateTime("2027-03-04", "21:00") });
    expect(clock.endTime).toBe("21:10");
    expect(clock.overrunMinutes).toBe(10);
  });

  it("a programme that ends exactly at the session's end does not run over", () => {
    const clock = programmeClock(fromLocalDateTime("2027-03-04", "19:30"), [item("Precies", 90)], { endsAt: fromLocalDateTime("2027-03-04", "21:00") });
    expect(clock.overrunMinutes).toBe(0);
  });

  it("follows the clock forward on the night summer time starts (last Sunday of March)", () => {
    const clock = programmeClock(fromLocalDateTime("2027-03-28", "01:30"), [item("Nachtsessie", 60), item("Daarna", 30)]);
    expect(times(clock)).toEqual(["01:30–03:30", "03:30–04:00"]);
  });

  it("follows the clock back on the night summer time ends (last Sunday of October)", () => {
    const clock = programmeClock(fromLocalDateTime("2027-10-31", "01:30"), [item("Nachtsessie", 90)]);
    // 01:30 CEST + 90 real minutes = 02:00 CET (the clock went back at 03:00 CEST).
    expect(times(clock)).toEqual(["01:30–02:00"]);
  });

  it("keeps a session in summer time on summer time", () => {
    const clock = programmeClock(fromLocalDateTime("2027-06-10", "19:30"), [item("Opening", 20)]);
    expect(times(clock)).toEqual(["19:30–19:50"]);
  });

  it("as held: skipped items take no time and get no clock time", () => {
    const items = [item("Opening", 15), item("Overgeslagen", 30, true), item("Afsluiting", 10)];
    expect(times(programmeClock(fromLocalDateTime("2027-03-04", "19:30"), items, { leaveOutSkipped: true }))).toEqual(["19:30–19:45", null, "19:45–19:55"]);
    // As planned, a skipped item still has its place.
    expect(times(programmeClock(fromLocalDateTime("2027-03-04", "19:30"), items))).toEqual(["19:30–19:45", "19:45–20:15", "20:15–20:25"]);
  });
});
