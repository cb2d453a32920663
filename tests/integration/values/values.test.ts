import { describe, expect, it } from "vitest";
import { addCommitment } from "@/lib/commitments/commitments";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { addCase, linkSessionValue, listValues, mergeValues, valueMap, valuesByEvaluationMoment } from "@/lib/values/values";
import { createGemeente, createMember, createValues } from "@/tests/support/factories";

async function setup() {
  const gemeente = await createGemeente();
  await createValues(gemeente);
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const session = await createCouncilSession(griffier, {
    title: "Waarden", theme: "zorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
  });
  return { gemeente, griffier, raadslid, sessionId: session.id };
}

describe("cases and the value map", () => {
  it("counts how often each value was named, with the cases behind it", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    const values = await listValues(raadslid);
    expect(values.map((v) => v.name)).toContain("tijdigheid");
    const id = (name: string) => values.find((v) => v.name === name)!.id;

    await addCase(raadslid, sessionId, { description: "90-jarige wachtte vier weken op hulp", source: "mantelzorger", valueIds: [id("tijdigheid")], newValues: [] });
    await addCase(griffier, sessionId, { description: "Loket alleen online bereikbaar", source: "", valueIds: [id("toegankelijkheid"), id("tijdigheid")], newValues: ["eenvoud"] });

    const map = await valueMap(raadslid, sessionId);
    expect(map.values.map((v) => [v.name, v.count])).toEqual([["tijdigheid", 2], ["eenvoud", 1], ["toegankelijkheid", 1]]);
    expect(map.values[0].cases.map((c) => c.description)).toEqual(["90-jarige wachtte vier weken op hulp", "Loket alleen online bereikbaar"]);
  });

  it("merging duplicates keeps every case and both indicators", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    await addCase(raadslid, sessionId, { description: "Casus een", source: "", valueIds: [], newValues: ["snelheid"] });
    const values = await listValues(griffier);
    const snelheid = values.find((v) => v.name === "snelheid")!.id;
    const tijdigheid = values.find((v) => v.name === "tijdigheid")!.id;
    await addCase(raadslid, sessionId, { description: "Casus twee", source: "", valueIds: [tijdigheid], newValues: [] });
    await linkSessionValue(griffier, sessionId, { valueId: snelheid, indicator: "Binnen 2 weken hulp", evaluationMomentId: "" });
    await linkSessionValue(griffier, sessionId, { valueId: tijdigheid, indicator: "Wachttijd daalt", evaluationMomentId: "m1" });

    expect(Object.fromEntries(await valuesByEvaluationMoment(raadslid, sessionId))).toEqual({ m1: [{ value: "tijdigheid", indicator: "Wachttijd daalt" }] });

    await mergeValues(griffier, { fromId: snelheid, intoId: tijdigheid });
    const map = await valueMap(griffier, sessionId);
    expect(map.values.map((v) => [v.name, v.count])).toEqual([["tijdigheid", 2]]);
    expect(map.values[0].link).toMatchObject({ indicator: "Wachttijd daalt; Binnen 2 weken hulp", evaluationMomentId: "m1" });
    await expect(mergeValues(raadslid, { fromId: tijdigheid, intoId: tijdigheid })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("nothing of another gemeente is reachable", async () => {
    const { sessionId } = await setup();
    const other = await createGemeente();
    await createValues(other);
    const foreign = await createMember(other, "GRIFFIER");
    const foreignValues = await listValues(foreign);
    await expect(valueMap(foreign, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCase(foreign, sessionId, { description: "Indringer", source: "", valueIds: [foreignValues[0].id], newValues: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCommitment(foreign, sessionId, { who: "X", what: "Iets doen", toWhom: "", dueDate: "2027-01-01" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
