import { describe, expect, it } from "vitest";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { createFractie, deleteFractie, fractieRankings, listFracties, saveRanking, setMemberFractie } from "@/lib/fracties/fracties";
import { rankingTable } from "@/lib/fracties/table";
import { saveStep } from "@/lib/preparation/save-step";
import { addCase, addTension, linkSessionValue, listValues, mergeValues, saveVerdict, valueMap } from "@/lib/values/values";
import { createGemeente, createMember } from "@/tests/support/factories";

async function setup() {
  const gemeente = await createGemeente();
  const beheerder = await createMember(gemeente, "BEHEERDER");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const raadslid2 = await createMember(gemeente, "RAADSLID");
  const session = await createCouncilSession(griffier, {
    title: "Kadernota sociaal domein", theme: "zorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId, raadslid2.membershipId],
  });
  return { gemeente, beheerder, griffier, raadslid, raadslid2, sessionId: session.id };
}

const moment = (id: string, date: string, subject: string) => ({ id, date, subject, participants: "", coversRoles: true, outcome: "", adjustments: "" });

describe("no steering", () => {
  it("a new gemeente has no values until someone names one; nothing is put in the list for them", async () => {
    const { raadslid, sessionId } = await setup();
    expect(await listValues(raadslid)).toEqual([]);
    await addCase(raadslid, sessionId, { description: "Wachtlijst jeugdhulp", source: "", valueIds: [], newValues: ["tijdigheid"] });
    expect((await listValues(raadslid)).map((v) => v.name)).toEqual(["tijdigheid"]);
  });
});

describe("tensions per case", () => {
  it("sets two values of a case against each other; the map shows the tension once per pair, with its cases", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    const fusie = await addCase(raadslid, sessionId, { description: "Scholen fuseerden; ouders hebben minder te kiezen", source: "", valueIds: [], newValues: ["samenwerking", "autonomie"] });
    const zorg = await addCase(griffier, sessionId, { description: "Zorgaanbieders delen geen dossiers", source: "", valueIds: [], newValues: ["samenwerking", "autonomie", "privacy"] });
    const id = async (name: string) => (await listValues(raadslid)).find((v) => v.name === name)!.id;
    const [samenwerking, autonomie, privacy] = [await id("samenwerking"), await id("autonomie"), await id("privacy")];

    await addTension(raadslid, sessionId, { caseId: fusie.id, valueAId: samenwerking, valueBId: autonomie, note: "Fuseren helpt samenwerken, kost keuzevrijheid" });
    // The same pair the other way round is the same tension.
    await addTension(griffier, sessionId, { caseId: zorg.id, valueAId: autonomie, valueBId: samenwerking, note: "" });
    await addTension(griffier, sessionId, { caseId: zorg.id, valueAId: privacy, valueBId: samenwerking, note: "" });

    const map = await valueMap(raadslid, sessionId);
    expect(map.tensions.map((t) => [[t.a, t.b].sort().join(" / "), t.cases.length])).toEqual([
      ["autonomie / samenwerking", 2],
      ["privacy / samenwerking", 1],
    ]);
    expect(map.tensions[0].cases.map((c) => c.note)).toContain("Fuseren helpt samenwerken, kost keuzevrijheid");

    // Only values of that case; and only within sessions the caller may see.
    await expect(addTension(raadslid, sessionId, { caseId: fusie.id, valueAId: samenwerking, valueBId: privacy, note: "" })).rejects.toMatchObject({ code: "INVALID" });
    const other = await createMember(await createGemeente(), "GRIFFIER");
    await expect(addTension(other, sessionId, { caseId: fusie.id, valueAId: samenwerking, valueBId: autonomie, note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("merging a value keeps its tensions, verdicts and rankings on the value that stays", async () => {
    const { beheerder, griffier, raadslid, sessionId } = await setup();
    const c = await addCase(raadslid, sessionId, { description: "Casus", source: "", valueIds: [], newValues: ["snelheid", "zorgvuldigheid"] });
    const values = await listValues(griffier);
    const snelheid = values.find((v) => v.name === "snelheid")!.id;
    const zorgvuldigheid = values.find((v) => v.name === "zorgvuldigheid")!.id;
    await addCase(raadslid, sessionId, { description: "Andere casus", source: "", valueIds: [], newValues: ["tijdigheid"] });
    const tijdigheid = (await listValues(griffier)).find((v) => v.name === "tijdigheid")!.id;
    await addTension(raadslid, sessionId, { caseId: c.id, valueAId: snelheid, valueBId: zorgvuldigheid, note: "" });
    await saveStep(griffier, { sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "", data: { evaluationMoments: [moment("m1", "2027-06-01", "Rolverdeling")] } });
    await saveVerdict(griffier, sessionId, { valueId: snelheid, evaluationMomentId: "m1", verdict: "BIJSTUREN", evidence: "Wachttijd 9 weken" });
    const fractie = await createFractie(beheerder, { name: "Lokaal Belang" });
    await saveRanking(griffier, sessionId, { fractieId: fractie.id, ranks: [{ valueId: snelheid, rank: 1 }] });

    await mergeValues(griffier, { fromId: snelheid, intoId: tijdigheid });
    const map = await valueMap(griffier, sessionId);
    expect(map.tensions.map((t) => [t.a, t.b].sort())).toEqual([["tijdigheid", "zorgvuldigheid"]]);
    expect(map.values.find((v) => v.name === "tijdigheid")!.trail).toMatchObject([{ momentId: "m1", verdict: "BIJSTUREN" }]);
    expect((await fractieRankings(griffier, sessionId)).rankings).toEqual([{ fractieId: fractie.id, valueId: tijdigheid, rank: 1 }]);
  });
});

describe("indicators and verdicts", () => {
  it("keeps baseline, target, source and programme, and each value's trail over the evaluation moments in date order", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    await addCase(raadslid, sessionId, { description: "90-jarige wachtte vier weken op hulp", source: "", valueIds: [], newValues: ["tijdigheid"] });
    const tijdigheid = (await listValues(raadslid))[0].id;
    await saveStep(griffier, {
      sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "",
      data: { evaluationMoments: [moment("later", "2028-01-15", "Jaarrekening"), moment("eerst", "2027-06-01", "Voorjaarsnota")] },
    });
    await linkSessionValue(griffier, sessionId, {
      valueId: tijdigheid, indicator: "Wachttijd tot eerste gesprek", baseline: "6 weken", target: "hoogstens 2 weken",
      indicatorSource: "waarstaatjegemeente.nl", programmeName: "Programma 3 Zorg", programmeUrl: "https://begroting.example.nl/programma-3", evaluationMomentId: "eerst",
    });
    await saveVerdict(griffier, sessionId, { valueId: tijdigheid, evaluationMomentId: "eerst", verdict: "BIJSTUREN", evidence: "Nog 5 weken" });
    await saveVerdict(griffier, sessionId, { valueId: tijdigheid, evaluationMomentId: "later", verdict: "OP_KOERS", evidence: "Nu 2 weken" });
    // A second verdict at the same moment replaces the first.
    await saveVerdict(griffier, sessionId, { valueId: tijdigheid, evaluationMomentId: "later", verdict: "OP_KOERS", evidence: "Nu 2 weken (monitor Q4)" });

    const [value] = (await valueMap(raadslid, sessionId)).values;
    expect(value.link).toMatchObject({ baseline: "6 weken", target: "hoogstens 2 weken", indicatorSource: "waarstaatjegemeente.nl", programmeName: "Programma 3 Zorg", programmeUrl: "https://begroting.example.nl/programma-3" });
    expect(value.trail.map((s) => [s.momentId, s.verdict, s.evidence])).toEqual([
      ["eerst", "BIJSTUREN", "Nog 5 weken"],
      ["later", "OP_KOERS", "Nu 2 weken (monitor Q4)"],
    ]);
  });

  it("refuses a verdict at a moment the session does not have, and from a raadslid", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    await addCase(raadslid, sessionId, { description: "Casus over wachten", source: "", valueIds: [], newValues: ["tijdigheid"] });
    const tijdigheid = (await listValues(raadslid))[0].id;
    await expect(saveVerdict(griffier, sessionId, { valueId: tijdigheid, evaluationMomentId: "bestaat-niet", verdict: "OP_KOERS", evidence: "x" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(saveVerdict(raadslid, sessionId, { valueId: tijdigheid, evaluationMomentId: "x", verdict: "OP_KOERS", evidence: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("fracties and rankings", () => {
  it("the beheerder keeps fracties; a raadslid belongs to one; each fractie ranks; the table shows where they differ", async () => {
    const { beheerder, griffier, raadslid, raadslid2, sessionId } = await setup();
    const a = await createFractie(beheerder, { name: "Groen Links Midden" });
    const b = await createFractie(beheerder, { name: "Lokaal Belang" });
    await expect(createFractie(beheerder, { name: "lokaal belang" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createFractie(griffier, { name: "Nieuw" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setMemberFractie(beheerder, { membershipId: raadslid.membershipId, fractieId: a.id });
    await setMemberFractie(beheerder, { membershipId: raadslid2.membershipId, fractieId: b.id });
    // Only raadsleden belong to a fractie.
    await expect(setMemberFractie(beheerder, { membershipId: griffier.membershipId, fractieId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // One fractie at a time: moving a raadslid replaces the old one.
    await setMemberFractie(beheerder, { membershipId: raadslid2.membershipId, fractieId: a.id });
    await setMemberFractie(beheerder, { membershipId: raadslid2.membershipId, fractieId: b.id });
    expect((await listFracties(griffier)).map((f) => [f.name, f._count.members])).toEqual([["Groen Links Midden", 1], ["Lokaal Belang", 1]]);

    await addCase(raadslid, sessionId, { description: "Casus", source: "", valueIds: [], newValues: ["tijdigheid", "samenwerking", "autonomie"] });
    const id = async (name: string) => (await listValues(raadslid)).find((v) => v.name === name)!.id;
    const [tijd, samen, auto] = [await id("tijdigheid"), await id("samenwerking"), await id("autonomie")];

    await saveRanking(raadslid, sessionId, { fractieId: a.id, ranks: [{ valueId: samen, rank: 1 }, { valueId: tijd, rank: 2 }, { valueId: auto, rank: 3 }] });
    // A raadslid ranks for their own fractie only; the griffier may record any.
    await expect(saveRanking(raadslid, sessionId, { fractieId: b.id, ranks: [{ valueId: tijd, rank: 1 }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveRanking(raadslid2, sessionId, { fractieId: b.id, ranks: [{ valueId: auto, rank: 1 }, { valueId: tijd, rank: 2 }] });
    // Saving again replaces the fractie's ranking.
    await saveRanking(griffier, sessionId, { fractieId: b.id, ranks: [{ valueId: auto, rank: 1 }, { valueId: tijd, rank: 2 }] });
    // A value the session's cases did not name cannot be ranked.
    const foreignValue = await db().value.create({ data: { gemeenteId: raadslid.gemeenteId, name: "elders" } });
    await expect(saveRanking(griffier, sessionId, { fractieId: b.id, ranks: [{ valueId: foreignValue.id, rank: 1 }] })).rejects.toMatchObject({ code: "INVALID" });

    const view = await fractieRankings(raadslid, sessionId);
    expect(view.ownFractieId).toBe(a.id);
    const table = rankingTable([{ id: tijd, name: "tijdigheid" }, { id: samen, name: "samenwerking" }, { id: auto, name: "autonomie" }], view.fracties, view.rankings);
    expect(table.map((r) => [r.value.name, r.ranks.map((x) => x.rank), r.differs])).toEqual([
      ["tijdigheid", [2, 2], false],
      ["samenwerking", [1, null], true],
      ["autonomie", [3, 1], true],
    ]);

    // Removing a fractie leaves its members without one and drops its rankings.
    await deleteFractie(beheerder, { fractieId: b.id });
    expect((await db().membership.findUniqueOrThrow({ where: { id: raadslid2.membershipId } })).fractieId).toBeNull();
    expect((await fractieRankings(griffier, sessionId)).rankings.every((r) => r.fractieId === a.id)).toBe(true);
  });
});
