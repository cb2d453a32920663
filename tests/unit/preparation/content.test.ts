import { describe, expect, it } from "vitest";
import en from "@/messages/preparation.en.json";
import nl from "@/messages/preparation.nl.json";
import nlApp from "@/messages/nl.json";
import enApp from "@/messages/en.json";
import { checkEvaluationMoments, checkSession, checkSolutionInProblem } from "@/lib/preparation/checks";
import { emptyStepData } from "@/lib/preparation/schemas";
import { solutionInProblem } from "@/lib/preparation/solution";
import { STEPS } from "@/lib/preparation/steps";
import { moment } from "./fixtures";

type Steps = Record<string, { source: string; guidance: string }>;

describe("every step's source line names the right publication", () => {
  for (const [locale, messages, word] of [["nl", nl, "suggestie"], ["en", en, "suggestion"]] as const) {
    it.each(STEPS.map((s) => [s.number, s.messageKey.replace("steps.", "")] as const))(`${locale}: step %i cites the 2014 brochure's suggestion and the 2012 advice`, (number, key) => {
      const source = (messages.steps as Steps)[key].source;
      // The ten suggestions come from the 2014 brochure written for the councils seated that year…
      expect(source).toContain("Loslaten in vertrouwen. Wat betekenen veranderende verhoudingen voor gemeenteraden?");
      expect(source).toContain("2014");
      expect(source).toMatch(new RegExp(`${word} ${number}(?!\\d)`));
      // …next to the 2012 advice they are based on; not the old "2012/2014 — aanbeveling" shorthand.
      expect(source).toContain("(2012)");
      expect(source).not.toMatch(/2012\/2014|aanbeveling|recommendation/);
    });
  }

  it("the value conversation cites Decentrale taak is politieke zaak", () => {
    expect(nlApp.values.source).toContain("Decentrale taak is politieke zaak");
    expect(enApp.values.source).toContain("Decentrale taak is politieke zaak");
  });

  it("step 2 labels 'at most seven main lines' as Beraad's advice, not the Rob's", () => {
    expect(nl.steps.programma.guidance).toContain("Advies van Beraad, niet van de Rob");
    expect(nl.warnings.PROGRAMME_TOO_LONG).toContain("Advies van Beraad");
    expect(en.warnings.PROGRAMME_TOO_LONG).toContain("Beraad's advice");
  });
});

describe("a solution written into the problem field", () => {
  it.each([
    "We moeten een jongerencentrum bouwen.",
    "Jongeren hangen rond bij het station. We moeten een jongerencentrum bouwen!",
    "De gemeente moet meer handhavers inzetten",
    "Er moet een nieuw buurthuis komen in de wijk",
    "Er moeten meer agenten worden ingezet",
    "De oplossing is een extra loket",
    "Oplossing: cameratoezicht",
  ])("notices %j", (text) => {
    expect(solutionInProblem(text)).not.toBeNull();
  });

  it.each([
    "Jongeren hebben 's avonds geen plek om samen te komen",
    "Een inwoner van 90 wachtte vier weken op hulp",
    "Bewoners voelen zich onveilig; we weten nog niet goed waarom",
    "Ouders moeten lang wachten op jeugdhulp",
    "Er moeten inwoners vier weken wachten op een keukentafelgesprek",
    "",
  ])("leaves a problem description alone: %j", (text) => {
    expect(solutionInProblem(text)).toBeNull();
  });

  it("quotes the sentence that prescribes, even with the solution field empty", () => {
    const data = { ...emptyStepData(3), problemStatement: "Jongeren vervelen zich. We moeten een jongerencentrum bouwen." };
    expect(checkSolutionInProblem(data)).toEqual([
      { code: "SOLUTION_IN_PROBLEM", step: 3, severity: "warning", params: { excerpt: "We moeten een jongerencentrum bouwen." } },
    ]);
    expect(nl.warnings.SOLUTION_IN_PROBLEM).toMatch(/laat maar één antwoord open/);
  });
});

describe("step 9: the division of roles", () => {
  it("warns when no evaluation moment looks back at the division of roles", () => {
    const data = { evaluationMoments: [{ ...moment("a", "2030-01-01"), coversRoles: false }] };
    expect(checkEvaluationMoments(data, "BEZIG", "2027-01-01").map((w) => w.code)).toEqual(["NO_ROLE_EVALUATION"]);
  });

  it("is content once one moment does", () => {
    const data = { evaluationMoments: [{ ...moment("a", "2030-01-01"), coversRoles: false }, { ...moment("b", "2031-01-01"), coversRoles: true }] };
    expect(checkEvaluationMoments(data, "BEZIG", "2027-01-01")).toEqual([]);
  });

  it("says nothing about roles when there are no moments yet (that has its own warning)", () => {
    expect(checkEvaluationMoments({ evaluationMoments: [] }, "BEZIG", "2027-01-01").map((w) => w.code)).toEqual(["NO_EVALUATION_MOMENT"]);
  });
});

describe("steps 4 and 8 record what the Rob asks", () => {
  it("step 4 keeps how others see the council's role; step 8 motivation, toerusting and self-confidence", () => {
    expect(emptyStepData(4)).toMatchObject({ othersView: "" });
    expect(emptyStepData(8)).toMatchObject({ motivation: "", toerusting: "", selfConfidence: "" });
    expect(nl.steps.verschillen.fields.toerusting).toMatch(/^Toerusting/);
    expect(nl.steps.rolopvatting.fields.othersView).toMatch(/anderen/);
  });

  it("checkSession runs the new checks", () => {
    const steps = Object.fromEntries(STEPS.map((s) => [s.number, { status: "BEZIG", data: emptyStepData(s.number) }])) as never as Parameters<typeof checkSession>[0]["steps"];
    steps[3].data = { ...steps[3].data, problemStatement: "We moeten een jongerencentrum bouwen" };
    expect(checkSession({ steps, today: "2027-01-01" }).map((w) => w.code)).toContain("SOLUTION_IN_PROBLEM");
  });
});
