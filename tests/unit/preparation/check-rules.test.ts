import { describe, expect, it } from "vitest";
import {
  MAX_MAIN_LINES,
  checkEvaluationMoments,
  checkFeedbackAgreement,
  checkProgrammeLength,
  checkProgrammeSmart,
  checkPseudoParticipation,
  checkSolutionBeforeProblem,
} from "@/lib/preparation/checks";
import { emptyStepData } from "@/lib/preparation/schemas";
import { mainLines, moment } from "./fixtures";

const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe("checkSolutionBeforeProblem", () => {
  const defined = {
    ...emptyStepData(3),
    problemStatement: "Bewoners voelen zich onveilig in de buurt",
    problemDefinedWithStakeholders: true,
    stakeholders: [{ id: "s1", name: "Bewonersvereniging", coDefinesProblem: true }],
  };

  it("fires when a solution exists and the problem is not described at all", () => {
    const warnings = checkSolutionBeforeProblem({ ...emptyStepData(3), proposedSolution: "Meer camera's" });
    expect(warnings).toEqual([{ code: "SOLUTION_BEFORE_PROBLEM", step: 3, severity: "warning" }]);
  });

  it("fires when the problem was not defined with stakeholders", () => {
    const data = { ...defined, proposedSolution: "Meer camera's", problemDefinedWithStakeholders: false };
    expect(codes(checkSolutionBeforeProblem(data))).toEqual(["SOLUTION_BEFORE_PROBLEM"]);
  });

  it("fires when no stakeholder co-defines the problem", () => {
    const data = {
      ...defined,
      proposedSolution: "Meer camera's",
      stakeholders: [{ id: "s1", name: "Politie", coDefinesProblem: false }],
    };
    expect(codes(checkSolutionBeforeProblem(data))).toEqual(["SOLUTION_BEFORE_PROBLEM"]);
  });

  it("does not fire once the problem is defined together", () => {
    expect(checkSolutionBeforeProblem({ ...defined, proposedSolution: "Meer camera's" })).toEqual([]);
  });

  it("does not fire without a solution (blank counts as none)", () => {
    expect(checkSolutionBeforeProblem({ ...emptyStepData(3), proposedSolution: "  \n " })).toEqual([]);
  });
});

describe("checkProgrammeLength", () => {
  const lines = (n: number) => ({ ...emptyStepData(2), mainLines: mainLines(...Array.from({ length: n }, (_, i) => `Lijn ${String.fromCharCode(97 + i)}`)) });

  it("allows exactly the maximum", () => {
    expect(MAX_MAIN_LINES).toBe(7);
    expect(checkProgrammeLength(lines(MAX_MAIN_LINES))).toEqual([]);
  });

  it("fires one over the maximum with count and max", () => {
    expect(checkProgrammeLength(lines(MAX_MAIN_LINES + 1))).toEqual([
      { code: "PROGRAMME_TOO_LONG", step: 2, severity: "warning", params: { count: 8, max: 7 } },
    ]);
  });

  it("ignores blank rows", () => {
    const data = lines(MAX_MAIN_LINES);
    data.mainLines.push({ id: "blank", text: "   " });
    expect(checkProgrammeLength(data)).toEqual([]);
  });
});

describe("checkProgrammeSmart", () => {
  it("names each offending line with its 1-based position", () => {
    const data = { ...emptyStepData(2), mainLines: mainLines("Meer ruimte voor inwoners", " In 2027 500 woningen erbij ") };
    expect(checkProgrammeSmart(data)).toEqual([
      {
        code: "PROGRAMME_SMART",
        step: 2,
        severity: "info",
        params: { line: "In 2027 500 woningen erbij", index: 2, id: "m1" },
      },
    ]);
  });

  it("stays silent for main lines that give a direction", () => {
    const data = { ...emptyStepData(2), mainLines: mainLines("Zorg dichtbij huis", "Een veilige buurt, samen met bewoners") };
    expect(checkProgrammeSmart(data)).toEqual([]);
  });
});

describe("checkPseudoParticipation", () => {
  it.each(["FACILITEREN", "LOSLATEN"] as const)("fires for %s with no decision room", (rung) => {
    expect(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: rung, source: "results" })).toEqual([
      { code: "PSEUDO_PARTICIPATION", step: 5, severity: "warning", params: { rung, source: "results" } },
    ]);
  });

  it("does not fire for higher rungs", () => {
    for (const rung of ["REGULEREN", "REGISSEREN", "STIMULEREN"] as const) {
      expect(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: rung, source: "intended" })).toEqual([]);
    }
  });

  it("does not fire when there is some decision room or data is missing", () => {
    expect(checkPseudoParticipation({ decisionLevel: "BEPERKT", councilRung: "LOSLATEN", source: "intended" })).toEqual([]);
    expect(checkPseudoParticipation({ decisionLevel: null, councilRung: "LOSLATEN", source: "intended" })).toEqual([]);
    expect(checkPseudoParticipation({ decisionLevel: "GEEN", councilRung: null, source: "intended" })).toEqual([]);
  });
});

describe("checkFeedbackAgreement", () => {
  it("fires without a feedback agreement, also when the only row is blank", () => {
    expect(codes(checkFeedbackAgreement(emptyStepData(6), "BEZIG"))).toEqual(["NO_FEEDBACK_AGREEMENT"]);
    const blankRow = { ...emptyStepData(6), feedbackAgreements: [{ id: "f1", what: " ", when: "", how: "" }] };
    expect(codes(checkFeedbackAgreement(blankRow, "OPEN"))).toEqual(["NO_FEEDBACK_AGREEMENT"]);
  });

  it("does not fire with an agreement or when the step is NVT", () => {
    const data = { ...emptyStepData(6), feedbackAgreements: [{ id: "f1", what: "Voortgang", when: "Elk kwartaal", how: "Raadsinformatiebrief" }] };
    expect(checkFeedbackAgreement(data, "KLAAR")).toEqual([]);
    expect(checkFeedbackAgreement(emptyStepData(6), "NVT")).toEqual([]);
  });
});

describe("checkEvaluationMoments", () => {
  const today = "2026-06-15";
  const withMoments = (...moments: ReturnType<typeof moment>[]) => ({ evaluationMoments: moments });

  it("fires when no moment is planned, unless NVT", () => {
    expect(codes(checkEvaluationMoments(emptyStepData(9), "OPEN", today))).toEqual(["NO_EVALUATION_MOMENT"]);
    expect(checkEvaluationMoments(emptyStepData(9), "NVT", today)).toEqual([]);
  });

  it("flags a past moment without outcome, not today's or a future one", () => {
    const data = withMoments(moment("past", "2026-06-14"), moment("today", today), moment("future", "2026-12-01"));
    expect(checkEvaluationMoments(data, "BEZIG", today)).toEqual([
      {
        code: "EVALUATION_WITHOUT_OUTCOME",
        step: 9,
        severity: "warning",
        params: { date: "2026-06-14", id: "past", subject: "Rolverdeling" },
      },
    ]);
  });

  it("gives one warning per overdue moment and ignores those with an outcome", () => {
    const data = withMoments(moment("a", "2025-01-10"), moment("b", "2025-06-10", "Rollen blijven zo"), moment("c", "2026-01-10", "  "));
    expect(checkEvaluationMoments(data, "BEZIG", today).map((w) => w.params?.id)).toEqual(["a", "c"]);
  });

  it("suppresses overdue warnings when NVT", () => {
    expect(checkEvaluationMoments(withMoments(moment("a", "2025-01-10")), "NVT", today)).toEqual([]);
  });

  it("refuses a today that is not an ISO date", () => {
    expect(() => checkEvaluationMoments(emptyStepData(9), "OPEN", "15-06-2026")).toThrow(/ISO date/);
  });
});
