import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineSession } from "@/lib/learning/timeline";

const session = (over: Partial<TimelineSession>): TimelineSession => ({
  id: "s1",
  title: "Jeugdzorg",
  theme: "jeugdzorg",
  startsAt: new Date("2026-03-12T18:30:00Z"),
  canOpen: true,
  evaluation: { evaluationMoments: [] },
  learning: { learningLog: [] },
  valuesByMoment: new Map(),
  ...over,
});

const log = (id: string, date: string, worked = "", didNotWork = "") => ({ id, date, worked, didNotWork, risksAccepted: "", adjustments: "" });
const moment = (id: string, date: string, outcome = "", adjustments = "") => ({ id, date, subject: "Terugblik", participants: "", coversRoles: true, outcome, adjustments });

describe("learning timeline", () => {
  it("puts learning-log entries and evaluation outcomes of all sessions together, newest first", () => {
    const entries = buildTimeline([
      session({ id: "a", learning: { learningLog: [log("l1", "2026-03-13", "Casussen vooraf")] } }),
      session({
        id: "b",
        title: "Energie",
        evaluation: { evaluationMoments: [moment("m1", "2026-09-01", "Sneller antwoord")] },
        valuesByMoment: new Map([["m1", ["tijdigheid"]]]),
      }),
    ]);
    expect(entries.map((e) => [e.kind, e.date, e.session.id])).toEqual([
      ["evaluation", "2026-09-01", "b"],
      ["learning", "2026-03-13", "a"],
    ]);
    expect(entries[0]).toMatchObject({ outcome: "Sneller antwoord", values: ["tijdigheid"] });
  });

  it("dates an undated log entry by its session, and leaves out empty entries and evaluations without outcome", () => {
    const entries = buildTimeline([
      session({
        learning: { learningLog: [log("l1", "", "", "Te weinig tijd"), log("l2", "2026-04-01")] },
        evaluation: { evaluationMoments: [moment("m1", "2026-01-01"), moment("m2", "2026-02-01", "", "Werkblad eerder")] },
      }),
    ]);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ["learning", "2026-03-12"],
      ["evaluation", "2026-02-01"],
    ]);
  });
});
