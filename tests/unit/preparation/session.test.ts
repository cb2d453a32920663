import { describe, expect, it } from "vitest";
import { checkSession } from "@/lib/preparation/checks";
import { emptyStepData } from "@/lib/preparation/schemas";
import { mainLines, moment, sessionSteps } from "./fixtures";

const today = "2026-06-15";
const noDecisionRoom = { ...emptyStepData(5), decision: { level: "GEEN" as const, explanation: "" } };
const feedback = [{ id: "f1", what: "Voortgang", when: "Elk kwartaal", how: "Brief" }];
const quiet = {
  6: { data: { feedbackAgreements: feedback } },
  9: { data: { evaluationMoments: [moment("v1", "2026-09-01")] } },
};

describe("checkSession", () => {
  it("reports only the missing feedback and evaluation on an empty session", () => {
    expect(checkSession({ steps: sessionSteps(), today }).map((w) => w.code)).toEqual([
      "NO_FEEDBACK_AGREEMENT",
      "NO_EVALUATION_MOMENT",
    ]);
  });

  it("is silent when feedback and evaluation are planned", () => {
    expect(checkSession({ steps: sessionSteps(quiet), today })).toEqual([]);
  });

  it("uses the intended rung from step 4 when there are no results", () => {
    const steps = sessionSteps({ ...quiet, 4: { data: { intendedCouncilRung: "FACILITEREN" } }, 5: { data: noDecisionRoom } });
    expect(checkSession({ steps, today })).toEqual([
      {
        code: "PSEUDO_PARTICIPATION",
        step: 5,
        severity: "warning",
        params: { askedBy: "RUNG", rung: "FACILITEREN", source: "intended", decision: "GEEN", financial: "ONBEKEND", legal: "ONBEKEND" },
      },
    ]);
  });

  it("lets the worksheet results take precedence over the intended rung", () => {
    const steps = sessionSteps({ ...quiet, 4: { data: { intendedCouncilRung: "FACILITEREN" } }, 5: { data: noDecisionRoom } });
    expect(checkSession({ steps, today, resultsCouncilRung: "REGULEREN" })).toEqual([]);
    const fromResults = sessionSteps({ ...quiet, 4: { data: { intendedCouncilRung: "REGULEREN" } }, 5: { data: noDecisionRoom } });
    expect(checkSession({ steps: fromResults, today, resultsCouncilRung: "REGISSEREN" })[0]?.params).toMatchObject({
      rung: "REGISSEREN",
      source: "results",
    });
  });

  it("checks every rung: reguleren with guests at the table and no room is schijninspraak too", () => {
    const steps = sessionSteps({ ...quiet, 4: { data: { intendedCouncilRung: "REGULEREN" } }, 5: { data: noDecisionRoom } });
    expect(checkSession({ steps, today })).toEqual([]);
    expect(checkSession({ steps, today, guestsAllowed: true })[0]?.params).toMatchObject({ askedBy: "GUESTS", rung: "REGULEREN" });
  });

  it("ignores step 4's intended rung when step 4 is NVT", () => {
    const steps = sessionSteps({ ...quiet, 4: { status: "NVT", data: { intendedCouncilRung: "LOSLATEN" } }, 5: { data: noDecisionRoom } });
    expect(checkSession({ steps, today })).toEqual([]);
  });

  it("suppresses every warning of a step marked NVT", () => {
    const loud = {
      2: { data: { mainLines: mainLines("a", "b", "c", "d", "e", "f", "g", "In 2030 klaar") } },
      3: { data: { proposedSolution: "Een nieuw plein" } },
      6: { status: "NVT" as const },
      9: { status: "NVT" as const },
    };
    expect(checkSession({ steps: sessionSteps(loud), today }).map((w) => w.code)).toEqual([
      "PROGRAMME_TOO_LONG",
      "PROGRAMME_SMART",
      "SOLUTION_BEFORE_PROBLEM",
    ]);
    const allNvt = { ...loud, 2: { ...loud[2], status: "NVT" as const }, 3: { ...loud[3], status: "NVT" as const } };
    expect(checkSession({ steps: sessionSteps(allNvt), today })).toEqual([]);
  });

  it("orders warnings by step", () => {
    const steps = sessionSteps({ 3: { data: { proposedSolution: "Plein" } }, 9: { data: { evaluationMoments: [moment("v", "2026-01-01")] } } });
    expect(checkSession({ steps, today }).map((w) => w.step)).toEqual([3, 6, 9]);
  });
});
