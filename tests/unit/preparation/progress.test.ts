import { describe, expect, it } from "vitest";
import { toCheckInput } from "@/lib/preparation/load";
import { missingItems, nextStep, sessionProgress } from "@/lib/preparation/progress";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS, type StepStatus } from "@/lib/preparation/steps";

const withStatuses = (statuses: Partial<Record<number, StepStatus>>) =>
  STEP_NUMBERS.map((number) => ({ number, status: statuses[number] ?? ("OPEN" as StepStatus) }));

describe("progress of the ten steps", () => {
  it("counts KLAAR and n.v.t. as done", () => {
    const input = toCheckInput(
      withStatuses({ 1: "KLAAR", 2: "NVT", 3: "BEZIG" }).map((s) => ({ ...s, data: {} })),
      "2027-01-01",
    );
    const progress = sessionProgress(input);
    expect(progress.done).toBe(2);
    expect(progress.total).toBe(10);
  });

  it("suggests the first step in progress, else the first open one, else none", () => {
    expect(nextStep(withStatuses({ 1: "KLAAR", 4: "BEZIG", 2: "OPEN" }))).toBe(4);
    expect(nextStep(withStatuses({ 1: "KLAAR", 2: "NVT" }))).toBe(3);
    expect(nextStep(STEP_NUMBERS.map((number) => ({ number, status: "KLAAR" as const })))).toBeNull();
  });

  it("lists what is missing, and nothing for n.v.t.", () => {
    expect(missingItems(3, emptyStepData(3), "OPEN")).toEqual(["PROBLEM_STATEMENT_MISSING", "STAKEHOLDERS_MISSING", "RESPONSIBILITIES_MISSING"]);
    expect(missingItems(3, emptyStepData(3), "NVT")).toEqual([]);
    expect(missingItems(5, { ...emptyStepData(5), financial: { level: "RUIM", explanation: "", amount: null } }, "BEZIG")).toContain("FINANCIAL_AMOUNT_MISSING");
  });
});
