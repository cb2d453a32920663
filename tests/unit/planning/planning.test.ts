import { describe, expect, it } from "vitest";
import { LEAD_DAYS, daysBefore, proposeDeadlines } from "@/lib/planning/lead-times";
import { isLate, planRows, timelineGeometry, type PlanStep } from "@/lib/planning/timeline";
import { councilSessionSchema } from "@/lib/validation/council-sessions";
import { planSchema } from "@/lib/validation/planning";

const step = (number: PlanStep["number"], status: PlanStep["status"], deadline: string | null): PlanStep => ({ number, status, deadline, ownerId: null, ownerName: null });

describe("planning backwards from the session date", () => {
  it("proposes every step's deadline from the lead-time table, across month and year ends", () => {
    const proposal = proposeDeadlines("2027-01-14");
    expect(proposal[1]).toBe("2026-11-19"); // 8 weeks before, in the previous year
    expect(proposal[9]).toBe("2027-01-07");
    expect(proposal[10]).toBe("2027-02-11"); // the learning log comes after the session
    for (const [n, days] of Object.entries(LEAD_DAYS)) expect(proposal[Number(n) as 1]).toBe(daysBefore("2027-01-14", days));
  });

  it("keeps calendar days across the switch to summer time", () => {
    expect(daysBefore("2027-04-01", 7)).toBe("2027-03-25");
  });
});

describe("late steps", () => {
  it("is late only when the deadline has passed and the step is not done", () => {
    expect(isLate({ status: "BEZIG", deadline: "2027-01-09" }, "2027-01-10")).toBe(true);
    expect(isLate({ status: "OPEN", deadline: "2027-01-10" }, "2027-01-10")).toBe(false); // due today is not late yet
    expect(isLate({ status: "KLAAR", deadline: "2027-01-01" }, "2027-01-10")).toBe(false);
    expect(isLate({ status: "NVT", deadline: "2027-01-01" }, "2027-01-10")).toBe(false);
    expect(isLate({ status: "OPEN", deadline: null }, "2027-01-10")).toBe(false);
  });

  it("counts the days left or over", () => {
    const [late, soon] = planRows([step(1, "OPEN", "2027-01-07"), step(2, "OPEN", "2027-01-12")], "2027-01-10");
    expect(late).toMatchObject({ late: true, daysLeft: -3 });
    expect(soon).toMatchObject({ late: false, daysLeft: 2 });
  });

  it("places today, the session and each deadline on one axis in calendar order", () => {
    const rows = planRows([step(1, "OPEN", "2027-01-01"), step(2, "KLAAR", "2027-02-01"), step(3, "OPEN", null)], "2027-01-15");
    const g = timelineGeometry(rows, "2027-03-01", "2027-01-15");
    const [first, second] = g.marks;
    expect(g.marks).toHaveLength(2); // a step without deadline has no mark
    expect(first.x).toBeLessThan(g.today.x);
    expect(g.today.x).toBeLessThan(second.x);
    expect(second.x).toBeLessThan(g.session.x);
    expect(first).toMatchObject({ late: true, done: false });
    expect(second).toMatchObject({ late: false, done: true });
    expect(g.ticks.map((t) => t.date)).toEqual(["2027-01-01", "2027-02-01", "2027-03-01"]);
  });
});

describe("the forms", () => {
  it("reads owner and deadline per step, empty meaning none", () => {
    const parsed = planSchema.parse({ "deadline-1": "2027-01-01", "owner-1": "m1", "deadline-2": "" });
    expect(parsed[0]).toEqual({ number: 1, deadline: "2027-01-01", ownerId: "m1" });
    expect(parsed[1]).toEqual({ number: 2, deadline: null, ownerId: null });
    expect(parsed).toHaveLength(10);
    expect(planSchema.safeParse({ "deadline-3": "morgen" }).success).toBe(false);
  });

  it("wants the session's end after its start", () => {
    const base = { title: "Jeugdzorg", theme: "jeugd", date: "2027-01-01", time: "19:30", facilitatorIds: "", inviteeIds: "" };
    expect(councilSessionSchema.safeParse({ ...base, endTime: "22:00" }).success).toBe(true);
    expect(councilSessionSchema.safeParse({ ...base, endTime: "" }).success).toBe(true);
    const early = councilSessionSchema.safeParse({ ...base, endTime: "19:00" });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0].path).toEqual(["endTime"]);
  });
});
