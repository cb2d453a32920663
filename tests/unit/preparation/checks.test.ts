import { describe, expect, it } from "vitest";
import {
  MAX_MAIN_LINES,
  checkEvaluationMoments,
  checkFeedbackAgreement,
  checkProgrammeLength,
  checkProgrammeSmart,
  checkPseudoParticipation,
  checkSession,
  checkSolutionBeforeProblem,
} from "@/lib/preparation/checks";
import { toStepsInput } from "@/lib/preparation/load";
import { emptyStepData } from "@/lib/preparation/schemas";
import { looksLikeSmartTarget } from "@/lib/preparation/smart";

const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe("solution before problem (step 3)", () => {
  const base = emptyStepData(3);
  it("warns when a solution is recorded before the problem is defined with stakeholders", () => {
    expect(codes(checkSolutionBeforeProblem({ ...base, proposedSolution: "Extra consulent" }))).toEqual(["SOLUTION_BEFORE_PROBLEM"]);
    expect(
      codes(checkSolutionBeforeProblem({ ...base, proposedSolution: "Extra consulent", problemStatement: "Wachtlijsten", problemDefinedWithStakeholders: true })),
    ).toEqual(["SOLUTION_BEFORE_PROBLEM"]); // nobody co-defines yet
  });
  it("is quiet without a solution, or once the problem was defined together", () => {
    expect(checkSolutionBeforeProblem(base)).toEqual([]);
    const together = {
      ...base,
      proposedSolution: "Extra consulent",
      problemStatement: "Wachtlijsten",
      problemDefinedWithStakeholders: true,
      stakeholders: [{ id: "s", name: "Ouders", coDefinesProblem: true }],
    };
    expect(checkSolutionBeforeProblem(together)).toEqual([]);
  });
});

describe("short programme (step 2)", () => {
  const lines = (n: number) => ({ ...emptyStepData(2), mainLines: Array.from({ length: n }, (_, i) => ({ id: `l${i}`, text: `Richting ${String.fromCharCode(65 + i)}` })) });
  it(`allows ${MAX_MAIN_LINES} main lines and warns from one more`, () => {
    expect(checkProgrammeLength(lines(MAX_MAIN_LINES))).toEqual([]);
    expect(checkProgrammeLength(lines(MAX_MAIN_LINES + 1))).toEqual([
      { code: "PROGRAMME_TOO_LONG", step: 2, severity: "warning", params: { count: MAX_MAIN_LINES + 1, max: MAX_MAIN_LINES } },
    ]);
  });
  it("ignores blank lines when counting", () => {
    const data = lines(MAX_MAIN_LINES);
    data.mainLines.push({ id: "leeg", text: "   " });
    expect(checkProgrammeLength(data)).toEqual([]);
  });
  it("flags lines that read like SMART targets, naming the line", () => {
    const data = { ...emptyStepData(2), mainLines: [{ id: "a", text: "Hulp dicht bij huis" }, { id: "b", text: "Wachttijd 20% korter in 2027" }] };
    expect(checkProgrammeSmart(data)).toEqual([
      { code: "PROGRAMME_SMART", step: 2, severity: "info", params: { line: "Wachttijd 20% korter in 2027", index: 2, id: "b" } },
    ]);
  });
  it.each(["500 woningen erbij", "uiterlijk 1 juli klaar", "€ 2 miljoen besparen", "binnen drie maanden een loket", "halvering van de wachtlijst"])(
    "SMART: %s",
    (line) => expect(looksLikeSmartTarget(line)).toBe(true),
  );
  it.each(["Samen met scholen werken", "Inwoners bepalen mee", "fase 2 van het gesprek", ""])("not SMART: %s", (line) =>
    expect(looksLikeSmartTarget(line)).toBe(false),
  );
});

describe("pseudo-participation (step 5)", () => {
  it("warns for a low rung without decision room", () => {
    for (const rung of ["FACILITEREN", "LOSLATEN"] as const) {
      expect(codes(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: rung, source: "intended" }))).toEqual(["PSEUDO_PARTICIPATION"]);
    }
  });
  it("is quiet for higher rungs, any decision room, or unknowns", () => {
    expect(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: "STIMULEREN", source: "intended" })).toEqual([]);
    expect(checkPseudoParticipation({ decisionLevel: "BEPERKT", councilRung: "LOSLATEN", source: "results" })).toEqual([]);
    expect(checkPseudoParticipation({ decisionLevel: null, councilRung: "LOSLATEN", source: "results" })).toEqual([]);
    expect(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: null, source: "intended" })).toEqual([]);
  });
  it("uses the worksheet results over the intended rung when there are results", () => {
    const stored = [
      { number: 4, status: "BEZIG" as const, data: { ...emptyStepData(4), intendedCouncilRung: "REGISSEREN" } },
      { number: 5, status: "BEZIG" as const, data: { ...emptyStepData(5), decision: { level: "GEEN", explanation: "" } } },
      { number: 9, status: "NVT" as const, data: {} },
      { number: 6, status: "NVT" as const, data: {} },
    ];
    const steps = toStepsInput(stored);
    expect(codes(checkSession({ steps, today: "2027-01-01" }))).toEqual([]);
    const fromResults = checkSession({ steps, today: "2027-01-01", resultsCouncilRung: "FACILITEREN" });
    expect(fromResults).toEqual([{ code: "PSEUDO_PARTICIPATION", step: 5, severity: "warning", params: { rung: "FACILITEREN", source: "results" } }]);
  });
});

describe("feedback and evaluation (steps 6 and 9)", () => {
  it("warns without a feedback agreement unless n.v.t.", () => {
    expect(codes(checkFeedbackAgreement(emptyStepData(6), "OPEN"))).toEqual(["NO_FEEDBACK_AGREEMENT"]);
    expect(checkFeedbackAgreement(emptyStepData(6), "NVT")).toEqual([]);
    expect(checkFeedbackAgreement({ ...emptyStepData(6), feedbackAgreements: [{ id: "f", what: "Verslag", when: "", how: "" }] }, "BEZIG")).toEqual([]);
  });
  it("warns without an evaluation moment, and per past moment without outcome", () => {
    expect(codes(checkEvaluationMoments(emptyStepData(9), "OPEN", "2027-01-10"))).toEqual(["NO_EVALUATION_MOMENT"]);
    const moment = (id: string, date: string, outcome = "") => ({ id, date, subject: "", participants: "", outcome, adjustments: "" });
    const data = { evaluationMoments: [moment("past", "2027-01-09"), moment("today", "2027-01-10"), moment("future", "2027-02-01"), moment("done", "2026-12-01", "Rollen bijgesteld")] };
    expect(checkEvaluationMoments(data, "BEZIG", "2027-01-10").map((w) => w.params?.id)).toEqual(["past"]);
    expect(checkEvaluationMoments(data, "NVT", "2027-01-10")).toEqual([]);
  });
});
