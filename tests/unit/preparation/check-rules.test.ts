import { describe, expect, it } from "vitest";
import {
  MAX_MAIN_LINES,
  checkEvaluationMoments,
  checkFeedbackAgreement,
  checkProgrammeLength,
  checkProgrammeSmart,
  checkPseudoParticipation,
  checkSolutionBeforeProblem,
  inputAskedBy,
  rungInvitesOthers,
} from "@/lib/preparation/checks";
import { RUNGS } from "@/lib/preparation/rungs";
import { emptyStepData, type RoomLevel } from "@/lib/preparation/schemas";
import { mainLines, moment, sessionSteps } from "./fixtures";

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
  const room = (decision: RoomLevel | null, financial: RoomLevel | null = null, legal: RoomLevel | null = null) => ({ decision, financial, legal });

  it.each(RUNGS)("fires on %s too when input is asked and no dimension offers room", (rung) => {
    expect(checkPseudoParticipation({ room: room("GEEN", "GEEN", null), councilRung: rung, source: "results", askedBy: "GUESTS" })).toEqual([
      {
        code: "PSEUDO_PARTICIPATION",
        step: 5,
        severity: "warning",
        params: { askedBy: "GUESTS", rung, source: "results", decision: "GEEN", financial: "GEEN", legal: "ONBEKEND" },
      },
    ]);
  });

  it("counts an unknown decision room as no room", () => {
    expect(codes(checkPseudoParticipation({ room: room(null), councilRung: "STIMULEREN", source: "intended", askedBy: "RUNG" }))).toEqual(["PSEUDO_PARTICIPATION"]);
  });

  it("counts financial and legal room: money or legal freedom to shape is room to influence", () => {
    const financialOnly = checkPseudoParticipation({ room: room("GEEN", "BEPERKT", "GEEN"), councilRung: "LOSLATEN", source: "intended", askedBy: "RUNG" });
    expect(financialOnly).toEqual([]);
    const legalOnly = checkPseudoParticipation({ room: room("GEEN", "GEEN", "RUIM"), councilRung: "FACILITEREN", source: "intended", askedBy: "RUNG" });
    expect(legalOnly).toEqual([]);
  });

  it("asks to say each dimension that is not filled in when another offers room", () => {
    const warnings = checkPseudoParticipation({ room: room("BEPERKT", null, null), councilRung: "REGISSEREN", source: "intended", askedBy: "RUNG" });
    expect(warnings).toEqual([
      { code: "ROOM_UNKNOWN", step: 5, severity: "warning", params: { dimension: "financial" } },
      { code: "ROOM_UNKNOWN", step: 5, severity: "warning", params: { dimension: "legal" } },
    ]);
  });

  it("stays silent when nobody is asked for input, or when the room is said honestly, however small", () => {
    expect(checkPseudoParticipation({ room: room("GEEN", "GEEN", "GEEN"), councilRung: "REGULEREN", source: "intended", askedBy: null })).toEqual([]);
    expect(checkPseudoParticipation({ room: room("BEPERKT", "GEEN", "GEEN"), councilRung: "LOSLATEN", source: "intended", askedBy: "RUNG" })).toEqual([]);
  });
});

describe("inputAskedBy", () => {
  it("reads every rung but reguleren as bringing others in", () => {
    expect(RUNGS.filter((r) => rungInvitesOthers(r))).toEqual(["REGISSEREN", "STIMULEREN", "FACILITEREN", "LOSLATEN"]);
    expect(inputAskedBy(sessionSteps(), "REGISSEREN", false)).toBe("RUNG");
    expect(inputAskedBy(sessionSteps(), "REGULEREN", false)).toBeNull();
    expect(inputAskedBy(sessionSteps(), null, false)).toBeNull();
  });

  it("notices input asked on reguleren too: guests, invitees, target groups, stakeholders, outside-in explorations", () => {
    expect(inputAskedBy(sessionSteps(), "REGULEREN", true)).toBe("GUESTS");
    const invitees = sessionSteps({ 7: { data: { invitees: [{ id: "i1", name: "Directeur woningcorporatie", organisation: "", function: "", invitationStatus: "NOG_NIET" }] } } });
    expect(inputAskedBy(invitees, "REGULEREN", false)).toBe("INVITEES");
    const groups = sessionSteps({ 8: { data: { targetGroups: [{ id: "g1", group: "Jongeren", rarelyHeard: true }] } } });
    expect(inputAskedBy(groups, null, false)).toBe("TARGET_GROUPS");
    const stakeholders = sessionSteps({ 3: { data: { stakeholders: [{ id: "s1", name: "Bewoners", coDefinesProblem: true }] } } });
    expect(inputAskedBy(stakeholders, null, false)).toBe("STAKEHOLDERS");
    const explorations = sessionSteps({ 1: { data: { direction: "BUITEN_NAAR_BINNEN", explorations: [{ id: "e1", title: "Gesprek met ouders", raadsleden: "", groups: "", method: "GESPREK", date: "", findings: "" }] } } });
    expect(inputAskedBy(explorations, null, false)).toBe("EXPLORATIONS");
  });

  it("ignores a step marked NVT and blank rows", () => {
    const nvt = sessionSteps({ 7: { status: "NVT", data: { invitees: [{ id: "i1", name: "Iemand", organisation: "", function: "", invitationStatus: "NOG_NIET" }] } } });
    expect(inputAskedBy(nvt, null, false)).toBeNull();
    const blank = sessionSteps({ 8: { data: { targetGroups: [{ id: "g1", group: "  ", rarelyHeard: false }] } } });
    expect(inputAskedBy(blank, null, false)).toBeNull();
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
