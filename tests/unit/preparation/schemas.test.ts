import { describe, expect, it } from "vitest";
import { errorsByField } from "@/tests/support/validation";
import {
  emptyStepData,
  parseStepData,
  stepStateSchema,
  step5Schema,
} from "@/lib/preparation/schemas";
import { LIST_MAX } from "@/lib/preparation/schema-parts";
import { STEP_NUMBERS } from "@/lib/preparation/steps";

function errorsOf(result: ReturnType<typeof parseStepData>) {
  if (result.success) throw new Error("expected a failure");
  return errorsByField(result.error);
}

describe("emptyStepData", () => {
  it("gives a complete default object for every step that parses again", () => {
    for (const n of STEP_NUMBERS) {
      const empty = emptyStepData(n);
      expect(parseStepData(n, empty)).toEqual({ success: true, data: empty });
    }
  });

  it("has the documented defaults", () => {
    expect(emptyStepData(1)).toEqual({ direction: null, explorations: [] });
    expect(emptyStepData(4).actors.map((a) => a.name)).toEqual(["Gemeenteraad", "College", "Ambtelijke organisatie"]);
    expect(emptyStepData(4).intendedCouncilRung).toBeNull();
    expect(emptyStepData(5).financial).toEqual({ level: null, explanation: "", amount: null });
  });

  it("returns fresh objects each time", () => {
    const a = emptyStepData(4);
    a.actors.push({ id: "x", name: "Extra" });
    expect(emptyStepData(4).actors).toHaveLength(3);
  });
});

describe("parseStepData", () => {
  it("accepts valid step 1 data and fills missing fields", () => {
    const result = parseStepData(1, {
      direction: "BUITEN_NAAR_BINNEN",
      explorations: [{ id: "e1", title: "Jeugdzorg", method: "WERKBEZOEK", date: "2026-03-12" }],
    });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.explorations[0]).toMatchObject({ findings: "", groups: "", date: "2026-03-12" });
    }
  });

  it("refuses text over 200 characters with a Dutch message", () => {
    const errors = errorsOf(parseStepData(1, { explorations: [{ id: "e1", title: "x".repeat(201) }] }));
    expect(errors["explorations.0.title"]).toEqual(["Maximaal 200 tekens."]);
    expect(parseStepData(1, { explorations: [{ id: "e1", title: "x".repeat(200) }] }).success).toBe(true);
  });

  it("refuses long text over 2000 characters", () => {
    expect(errorsOf(parseStepData(3, { problemStatement: "a".repeat(2001) })).problemStatement).toEqual([
      "Maximaal 2000 tekens.",
    ]);
  });

  it("refuses unknown enum values and impossible dates", () => {
    const errors = errorsOf(
      parseStepData(1, {
        direction: "ZIJWAARTS",
        explorations: [{ id: "e1", method: "TELEFOON", date: "2026-02-30" }],
      }),
    );
    expect(errors.direction).toEqual(["Kies een van de mogelijkheden."]);
    expect(errors["explorations.0.method"]).toEqual(["Kies een van de mogelijkheden."]);
    expect(errors["explorations.0.date"]).toEqual(["Vul een geldige datum in (jjjj-mm-dd)."]);
  });

  it("allows an empty optional date but requires an evaluation date", () => {
    expect(parseStepData(6, { councilMoments: [{ id: "c1", date: "" }] }).success).toBe(true);
    const errors = errorsOf(parseStepData(9, { evaluationMoments: [{ id: "v1", date: "" }] }));
    expect(errors["evaluationMoments.0.date"]).toEqual(["Vul een geldige datum in (jjjj-mm-dd)."]);
  });

  it("refuses missing, empty, too long and duplicate ids", () => {
    expect(errorsOf(parseStepData(2, { mainLines: [{ text: "a" }] }))["mainLines.0.id"]).toEqual(["Id ontbreekt."]);
    expect(errorsOf(parseStepData(2, { mainLines: [{ id: "", text: "a" }] }))["mainLines.0.id"]).toEqual(["Id ontbreekt."]);
    expect(errorsOf(parseStepData(2, { mainLines: [{ id: "x".repeat(65) }] }))["mainLines.0.id"]).toBeDefined();
    const dup = errorsOf(parseStepData(2, { mainLines: [{ id: "a" }, { id: "a" }] }));
    expect(dup.mainLines).toEqual(["Elke regel moet een eigen id hebben."]);
  });

  it("refuses lists longer than the maximum", () => {
    const lines = Array.from({ length: LIST_MAX + 1 }, (_, i) => ({ id: `m${i}`, text: "x" }));
    expect(errorsOf(parseStepData(2, { mainLines: lines })).mainLines).toEqual([`Maximaal ${LIST_MAX} regels.`]);
    expect(parseStepData(2, { mainLines: lines.slice(1) }).success).toBe(true);
  });

  it("refuses a negative or non-numeric amount, accepts null and zero", () => {
    expect(errorsOf(parseStepData(5, { financial: { amount: -1 } }))["financial.amount"]).toEqual([
      "Het bedrag kan niet negatief zijn.",
    ]);
    expect(errorsOf(parseStepData(5, { financial: { amount: "1000" } }))["financial.amount"]).toEqual([
      "Vul een bedrag in euro's in.",
    ]);
    expect(step5Schema.parse({ financial: { amount: 0 } }).financial.amount).toBe(0);
    expect(step5Schema.parse({ financial: { amount: null } }).financial.amount).toBeNull();
  });

  it("requires a whole, non-negative participant count", () => {
    const bad = errorsOf(parseStepData(8, { participants: [{ id: "p1", count: 2.5 }, { id: "p2", count: -3 }] }));
    expect(bad["participants.0.count"]).toEqual(["Vul een heel getal in."]);
    expect(bad["participants.1.count"]).toEqual(["Het aantal kan niet negatief zijn."]);
  });

  it("refuses a non-boolean checkbox and a non-object step", () => {
    expect(errorsOf(parseStepData(3, { problemDefinedWithStakeholders: "ja" })).problemDefinedWithStakeholders).toEqual([
      "Kies ja of nee.",
    ]);
    expect(errorsOf(parseStepData(3, null))._form).toEqual(["De gegevens van deze stap zijn ongeldig."]);
  });

  it("refuses an unknown rung in step 4", () => {
    expect(errorsOf(parseStepData(4, { intendedCouncilRung: "BESLISSEN" })).intendedCouncilRung).toBeDefined();
    expect(parseStepData(4, { intendedCouncilRung: "LOSLATEN" }).success).toBe(true);
  });
});

describe("stepStateSchema", () => {
  it("requires a reason for NVT", () => {
    const result = stepStateSchema.safeParse({ status: "NVT", nvtReason: "   " });
    expect(result.success).toBe(false);
    expect(errorsByField(result.error!)).toEqual({ nvtReason: ["Geef aan waarom deze stap niet van toepassing is."] });
    expect(errorsByField(result.error!, "en")).toEqual({ nvtReason: ["Say why this step does not apply."] });
    expect(stepStateSchema.safeParse({ status: "NVT", nvtReason: "Geen samenwerking met anderen" }).success).toBe(true);
  });

  it("needs no reason for other statuses and refuses unknown ones", () => {
    expect(stepStateSchema.parse({ status: "BEZIG" })).toEqual({ status: "BEZIG", nvtReason: "" });
    expect(errorsByField(stepStateSchema.safeParse({ status: "KLAAR!" }).error!).status).toEqual(["Kies een geldige status."]);
  });
});
