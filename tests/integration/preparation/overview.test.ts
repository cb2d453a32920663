import { describe, expect, it } from "vitest";
import { setSharedParts } from "@/lib/council-sessions/change-status";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { toCheckInput } from "@/lib/preparation/load";
import { sessionProgress } from "@/lib/preparation/progress";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

describe("the ten steps overview", () => {
  it("follows the steps as they are filled in, with warnings from the stored data", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    const overview = async () => sessionProgress(toCheckInput((await getCouncilSession(griffier, id)).steps, "2027-01-01"));

    expect((await overview()).done).toBe(0);
    await saveStep(griffier, { sessionId: id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), intendedCouncilRung: "LOSLATEN" } });
    await saveStep(griffier, {
      sessionId: id,
      number: 5,
      version: 1,
      status: "BEZIG",
      nvtReason: "",
      data: { ...emptyStepData(5), decision: { level: "GEEN", explanation: "" } },
    });
    expect((await overview()).warnings.map((w) => w.code)).toContain("PSEUDO_PARTICIPATION");

    for (const number of STEP_NUMBERS) {
      const step = (await getCouncilSession(griffier, id)).steps.find((s) => s.number === number)!;
      const result = await saveStep(griffier, {
        sessionId: id,
        number,
        version: step.version,
        status: number === 7 ? "NVT" : "KLAAR",
        nvtReason: number === 7 ? "Geen eigen agenda nodig bij dit thema" : "",
        data: step.data,
      });
      expect(result.ok).toBe(true);
    }
    const done = await overview();
    expect(done.done).toBe(10);
    expect(done.nextStep).toBeNull();
  });
});

describe("what raadsleden see", () => {
  it("only the shared parts: room for input and programme by default, never the other steps", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const raadslid = await createMember(gemeente, "RAADSLID");
    const session = await createCouncilSession(griffier, {
      title: "Gedeeld", theme: "jeugdzorg", date: "2027-01-10", time: "20:00", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
    });
    await saveStep(griffier, { sessionId: session.id, number: 3, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(3), problemStatement: "Interne notitie" } });

    const seen = await getCouncilSession(raadslid, session.id);
    expect(seen.steps.map((s) => s.number)).toEqual([5]);
    expect(JSON.stringify(seen)).not.toContain("Interne notitie");

    await setSharedParts(griffier, { sessionId: session.id, parts: ["EVALUATION"] });
    expect((await getCouncilSession(raadslid, session.id)).steps.map((s) => s.number)).toEqual([9]);
    await expect(setSharedParts(raadslid, { sessionId: session.id, parts: ["PROGRAMME"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
