import { describe, expect, it } from "vitest";
import { missingItems, nextStep, sessionProgress } from "@/lib/preparation/progress";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS, type StepStatus } from "@/lib/preparation/steps";
import { moment, sessionSteps } from "./fixtures";

const today = "2026-06-15";
const statuses = (...list: StepStatus[]) => list.map((status, i) => ({ number: STEP_NUMBERS[i], status }));

describe("nextStep", () => {
  it("prefers the first BEZIG step over an earlier OPEN one", () => {
    expect(nextStep(statuses("KLAAR", "OPEN", "OPEN", "BEZIG", "BEZIG", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN"))).toBe(4);
  });

  it("takes the first OPEN step when nothing is BEZIG", () => {
    expect(nextStep(statuses("KLAAR", "NVT", "OPEN", "OPEN", "KLAAR", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN"))).toBe(3);
  });

  it("returns null when every step is KLAAR or NVT", () => {
    expect(nextStep(statuses("KLAAR", "NVT", "KLAAR", "KLAAR", "KLAAR", "NVT", "KLAAR", "KLAAR", "KLAAR", "KLAAR"))).toBeNull();
  });

  it("does not depend on the order of the input", () => {
    const list = statuses("KLAAR", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "BEZIG", "BEZIG").reverse();
    expect(nextStep(list)).toBe(9);
  });
});

describe("missingItems", () => {
  it("lists what an empty step 3 lacks", () => {
    expect(missingItems(3, emptyStepData(3), "OPEN")).toEqual([
      "PROBLEM_STATEMENT_MISSING",
      "STAKEHOLDERS_MISSING",
      "RESPONSIBILITIES_MISSING",
    ]);
  });

  it("reports nothing for an NVT step", () => {
    expect(missingItems(3, emptyStepData(3), "NVT")).toEqual([]);
  });

  it("asks for explorations only when working outside-in", () => {
    expect(missingItems(1, { direction: "BINNEN_NAAR_BUITEN", explorations: [] }, "BEZIG")).toEqual([]);
    expect(missingItems(1, { direction: "BUITEN_NAAR_BINNEN", explorations: [] }, "BEZIG")).toEqual(["EXPLORATIONS_MISSING"]);
    expect(missingItems(1, emptyStepData(1), "OPEN")).toEqual(["DIRECTION_MISSING"]);
  });

  it("asks for an amount only when there is financial room", () => {
    const room = (level: "GEEN" | "RUIM", amount: number | null) => ({
      ...emptyStepData(5),
      decision: { level: "BEPERKT" as const, explanation: "" },
      legal: { level: "BEPERKT" as const, explanation: "" },
      financial: { level, explanation: "", amount },
    });
    expect(missingItems(5, room("RUIM", null), "BEZIG")).toEqual(["FINANCIAL_AMOUNT_MISSING"]);
    expect(missingItems(5, room("RUIM", 25000), "BEZIG")).toEqual([]);
    expect(missingItems(5, room("GEEN", null), "BEZIG")).toEqual([]);
  });

  it("wants at least one rarely heard group in step 8", () => {
    const data = { ...emptyStepData(8), outreachTactics: "Iedereen neemt twee mensen mee", motivation: "Ouders willen vooral iets voor hun kind", targetGroups: [{ id: "g", group: "Ouders", rarelyHeard: false }] };
    expect(missingItems(8, data, "BEZIG")).toEqual(["RARELY_HEARD_GROUP_MISSING"]);
    data.targetGroups.push({ id: "h", group: "Jongeren", rarelyHeard: true });
    expect(missingItems(8, data, "BEZIG")).toEqual([]);
  });

  it("does not count the default actors of step 4 as missing", () => {
    expect(missingItems(4, emptyStepData(4), "OPEN")).toEqual(["QUESTION_MISSING"]);
  });
});

describe("sessionProgress", () => {
  it("counts KLAAR and NVT as done and picks the next step", () => {
    const progress = sessionProgress({
      steps: sessionSteps({
        1: { status: "KLAAR" },
        2: { status: "KLAAR" },
        3: { status: "NVT" },
        4: { status: "KLAAR" },
        5: { status: "BEZIG" },
        6: { status: "KLAAR" },
        7: { status: "KLAAR" },
        8: { status: "KLAAR" },
      }),
      today,
    });
    expect(progress.done).toBe(7);
    expect(progress.total).toBe(10);
    expect(progress.nextStep).toBe(5);
    expect(progress.steps.map((s) => s.done)).toEqual([true, true, true, true, false, true, true, true, false, false]);
  });

  it("counts warnings per step and keeps the warnings themselves", () => {
    const progress = sessionProgress({
      steps: sessionSteps({ 9: { data: { evaluationMoments: [moment("a", "2026-01-01"), moment("b", "2026-02-01")] } } }),
      today,
    });
    const byNumber = Object.fromEntries(progress.steps.map((s) => [s.number, s.warningCount]));
    expect(byNumber[9]).toBe(2);
    expect(byNumber[6]).toBe(1);
    expect(byNumber[1]).toBe(0);
    expect(progress.warnings).toHaveLength(3);
  });

  it("exposes slug, message key and missing items for each step", () => {
    const step3 = sessionProgress({ steps: sessionSteps(), today }).steps[2];
    expect(step3).toMatchObject({ number: 3, slug: "probleem", messageKey: "steps.probleem", status: "OPEN" });
    expect(step3.missing).toContain("PROBLEM_STATEMENT_MISSING");
  });

  it("reports 0 of 10 with step 1 next for a new session", () => {
    const progress = sessionProgress({ steps: sessionSteps(), today });
    expect([progress.done, progress.nextStep]).toEqual([0, 1]);
  });
});
