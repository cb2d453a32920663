import { describe, expect, it } from "vitest";
import { errorsByField } from "@/tests/support/validation";
import { formToStepData } from "@/lib/preparation/form-data";
import { STEP_FORMS } from "@/lib/preparation/form-spec";
import { parseStepData } from "@/lib/preparation/schemas";

let n = 0;
const newId = () => `nieuw-${++n}`;

describe("reading a step form", () => {
  it("builds lists from row fields, keeps ids, gives typed rows without id a new one and skips the empty spare row", () => {
    const data = formToStepData(
      STEP_FORMS[9],
      {
        "evaluationMoments.0.id": "bestaand",
        "evaluationMoments.0.date": "2027-01-15",
        "evaluationMoments.0.subject": "Rolverdeling",
        "evaluationMoments.1.id": "",
        "evaluationMoments.1.date": "2027-06-01",
        "evaluationMoments.1.subject": "",
        "evaluationMoments.2.id": "",
        "evaluationMoments.2.date": "",
        "evaluationMoments.2.subject": "",
      },
      newId,
    );
    expect(data.evaluationMoments).toEqual([
      { id: "bestaand", date: "2027-01-15", subject: "Rolverdeling", participants: "", coversRoles: false, outcome: "", adjustments: "" },
      { id: "nieuw-1", date: "2027-06-01", subject: "", participants: "", coversRoles: false, outcome: "", adjustments: "" },
    ]);
  });

  it("reads checkboxes, empty choices as null and amounts with a decimal comma", () => {
    const step3 = formToStepData(STEP_FORMS[3], { problemStatement: "Wachtlijsten", problemDefinedWithStakeholders: "true" }, newId);
    expect(step3).toMatchObject({ problemStatement: "Wachtlijsten", problemDefinedWithStakeholders: true, stakeholders: [] });

    const step5 = formToStepData(STEP_FORMS[5], { "decision.level": "", "financial.level": "BEPERKT", "financial.amount": "12500,50" }, newId);
    expect(step5).toMatchObject({ decision: { level: null }, financial: { level: "BEPERKT", amount: 12500.5 } });
    expect(parseStepData(5, step5).success).toBe(true);
  });

  it("passes text that is not a number on to validation, which answers in Dutch", () => {
    const step5 = formToStepData(STEP_FORMS[5], { "financial.amount": "veel" }, newId);
    const parsed = parseStepData(5, step5);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(errorsByField(parsed.error)["financial.amount"]).toEqual(["Vul een bedrag in euro's in."]);
  });

  it("every form field exists in its step's schema, so nothing typed is dropped", () => {
    for (const [step, specs] of Object.entries(STEP_FORMS)) {
      const parsed = parseStepData(Number(step) as 1, {});
      expect(parsed.success).toBe(true);
      if (!parsed.success) continue;
      for (const spec of specs) expect(Object.keys(parsed.data), `step ${step}`).toContain(spec.name);
    }
  });
});
