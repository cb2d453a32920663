import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { setSharedParts } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { createFractie, saveRanking } from "@/lib/fracties/fracties";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import type { StepNumber } from "@/lib/preparation/steps";
import { reportModel } from "@/lib/report/report-model";
import { addCase, addTension, listValues, saveVerdict } from "@/lib/values/values";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember } from "@/tests/support/factories";

/** A gemeente with k = 3, a session with three invited raadsleden, one raadslid not invited, a facilitator of another session. */
async function setup() {
  const gemeente = await db().gemeente.update({ where: { id: (await createGemeente("Verslagen")).id }, data: { anonymityThreshold: 3 } });
  const [beheerder, griffier, facilitator, otherFacilitator, notInvited] = [
    await createMember(gemeente, "BEHEERDER"),
    await createMember(gemeente, "GRIFFIER"),
    await createMember(gemeente, "FACILITATOR"),
    await createMember(gemeente, "FACILITATOR"),
    await createMember(gemeente, "RAADSLID"),
  ];
  const invited: Actor[] = [];
  for (let i = 0; i < 3; i++) invited.push(await createMember(gemeente, "RAADSLID"));
  const session = await createCouncilSession(griffier, {
    title: "Jeugdzorg", theme: "jeugdzorg", date: "2027-03-04", time: "19:30", location: "Raadzaal", description: "",
    facilitatorIds: [facilitator.membershipId], inviteeIds: invited.map((m) => m.membershipId),
  });
  const other = await createGemeente("Elders");
  const outsider = await createMember(other, "RAADSLID");
  return { gemeente, beheerder, griffier, facilitator, otherFacilitator, notInvited, invited, outsider, sessionId: session.id };
}

async function step<N extends StepNumber>(griffier: Actor, sessionId: string, number: N, data: Record<string, unknown>) {
  await saveStep(griffier, { sessionId, number, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(number), ...data } });
}

describe("the verslag's readers (lib/auth/policy.ts#reportScope)", () => {
  it("reviewers read it at any time; the gemeente's other members only once the griffier shared it; never another gemeente", async () => {
    const { beheerder, griffier, facilitator, otherFacilitator, notInvited, invited, outsider, sessionId } = await setup();
    expect((await reportModel(griffier, sessionId)).session.id).toBe(sessionId);
    expect((await reportModel(facilitator, sessionId)).reviewer).toBe(true);
    // Before sharing: nobody else, not even an invited raadslid.
    for (const reader of [invited[0], notInvited, beheerder, otherFacilitator, outsider]) {
      await expect(reportModel(reader, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }

    await setSharedParts(griffier, { sessionId, parts: ["PROGRAMME", "REPORT"] });
    const audit = await db().auditEvent.findFirst({ where: { entityId: sessionId, action: "council-session.sharing" }, orderBy: { createdAt: "desc" } });
    expect(audit?.after).toEqual({ sharedParts: ["PROGRAMME", "REPORT"] });
    for (const reader of [invited[0], notInvited, beheerder]) {
      const model = await reportModel(reader, sessionId);
      expect(model.session.id).toBe(sessionId);
      expect(model.reviewer).toBe(false);
    }
    // A facilitator reads the sessions they facilitate; another gemeente never.
    await expect(reportModel(otherFacilitator, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reportModel(outsider, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Unsharing closes it again.
    await setSharedParts(griffier, { sessionId, parts: ["PROGRAMME"] });
    await expect(reportModel(notInvited, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the verslag's content", () => {
  it("carries the steps' content, the values loop and the role choice from its stored publication (k respected)", async () => {
    const { beheerder, griffier, notInvited, invited, sessionId } = await setup();
    await step(griffier, sessionId, 1, {
      direction: "BUITEN_NAAR_BINNEN",
      explorations: [
        { id: "e2", title: "Rondetafel scholen", raadsleden: "", groups: "schoolleiders", method: "RONDETAFEL", date: "2027-02-10", findings: "Scholen signaleren vroeg." },
        { id: "e1", title: "Werkbezoek wijkteam", raadsleden: "Jansen", groups: "ouders", method: "WERKBEZOEK", date: "2027-01-20", findings: "Ouders zoeken één loket." },
        { id: "e3", title: "", raadsleden: "", groups: "", method: "GESPREK", date: "", findings: "" },
      ],
    });
    await step(griffier, sessionId, 3, { problemStatement: "Gezinnen wachten te lang.", problemDefinedWithStakeholders: true, stakeholders: [{ id: "s1", name: "Scholen", coDefinesProblem: true }] });
    await step(griffier, sessionId, 7, { invitees: [{ id: "i1", name: "A. Bakker", organisation: "Jeugdfonds", function: "directeur", invitationStatus: "TOEGEZEGD" }] });
    await step(griffier, sessionId, 8, { participants: [{ id: "p1", group: "Ouders", count: 6, usualSuspect: false }, { id: "p2", group: "Insprekers", count: 2, usualSuspect: true }] });
    await step(griffier, sessionId, 9, {
      evaluationMoments: [
        { id: "late", date: "2027-12-01", subject: "Rolverdeling", participants: "", coversRoles: true, outcome: "", adjustments: "" },
        { id: "early", date: "2027-09-01", subject: "Wachttijden", participants: "", coversRoles: false, outcome: "", adjustments: "" },
      ],
    });

    // Values: a tension, a verdict, a fractie ranking.
    const c = await addCase(invited[0], sessionId, { description: "Fusie van scholen", source: "", valueIds: [], newValues: ["samenwerking", "autonomie"] });
    const ids = Object.fromEntries((await listValues(griffier)).map((v) => [v.name, v.id]));
    await addTension(griffier, sessionId, { caseId: c.id, valueAId: ids.samenwerking, valueBId: ids.autonomie, note: "Samen kost keuze" });
    await saveVerdict(griffier, sessionId, { valueId: ids.samenwerking, evaluationMomentId: "early", verdict: "BIJSTUREN", evidence: "Nog geen loket" });
    const fractie = await createFractie(beheerder, { name: "Lokaal Belang" });
    await saveRanking(griffier, sessionId, { fractieId: fractie.id, ranks: [{ valueId: ids.autonomie, rank: 1 }, { valueId: ids.samenwerking, rank: 2 }] });

    // The role choice: anonymous, k = 3. Three answers to the first actor, one to the second.
    await step(griffier, sessionId, 4, { question: "Welke rol past?", intendedCouncilRung: "REGISSEREN" });
    await controlWorksheet(griffier, { sessionId, command: "open" });
    const actors = (await myWorksheet(invited[0], sessionId)).actors;
    for (const m of invited) await saveAnswer(m, sessionId, { actorId: actors[0].id, rung: "REGISSEREN", motivation: "", promise: "anonymous" });
    await saveAnswer(invited[0], sessionId, { actorId: actors[1].id, rung: "LOSLATEN", motivation: "", promise: "anonymous" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    await setSharedParts(griffier, { sessionId, parts: ["REPORT"] });

    for (const reader of [griffier, notInvited]) {
      const model = await reportModel(reader, sessionId);
      const { content } = model;
      expect(content.direction).toBe("BUITEN_NAAR_BINNEN");
      // Filled explorations only, by date.
      expect(content.explorations.map((e) => e.findings)).toEqual(["Ouders zoeken één loket.", "Scholen signaleren vroeg."]);
      expect(content.problem).toMatchObject({ statement: "Gezinnen wachten te lang.", definedWithStakeholders: true });
      expect(content.involved.stakeholders.map((s) => s.name)).toEqual(["Scholen"]);
      expect(content.involved.invitees.map((i) => i.name)).toEqual(["A. Bakker"]);
      expect(content.involved.raadsleden).toHaveLength(3);
      expect(content.roleChoice.intendedCouncilRung).toBe("REGISSEREN");
      expect(model.participation).toEqual({ total: 8, usualSuspects: 2, usualSuspectShare: 0.25 });
      expect(model.evaluationMoments.map((m) => m.id)).toEqual(["early", "late"]);
      expect(model.values.tensions).toEqual([expect.objectContaining({ a: expect.any(String), b: expect.any(String), cases: [expect.objectContaining({ note: "Samen kost keuze" })] })]);
      const samenwerking = model.values.values.find((v) => v.name === "samenwerking")!;
      expect(samenwerking.trail.find((x) => x.momentId === "early")).toMatchObject({ verdict: "BIJSTUREN", evidence: "Nog geen loket" });
      expect(model.rankings.find((r) => r.value.name === "autonomie")?.ranks).toEqual([{ fractie: { id: fractie.id, name: "Lokaal Belang" }, rank: 1 }]);
      // The publication: three answers shown, the one answer below k not — for the reviewer and the reader alike.
      expect(model.results?.actors[0].summary?.distribution.REGISSEREN).toBe(3);
      expect(model.results?.actors[1].summary).toBeNull();
    }
  });

  it("a shared verslag of a named worksheet shows its readers the figures without the names", async () => {
    const { griffier, notInvited, invited, sessionId } = await setup();
    await step(griffier, sessionId, 4, { question: "Welke rol past?" });
    await controlWorksheet(griffier, { sessionId, command: "named" });
    await controlWorksheet(griffier, { sessionId, command: "open" });
    const actors = (await myWorksheet(invited[0], sessionId)).actors;
    await saveAnswer(invited[0], sessionId, { actorId: actors[0].id, rung: "STIMULEREN", motivation: "Omdat het kan", promise: "named" });
    await setSharedParts(griffier, { sessionId, parts: ["REPORT"] });
    expect((await reportModel(griffier, sessionId)).results?.actors[0].named).toHaveLength(1);
    const reader = await reportModel(notInvited, sessionId);
    expect(reader.results?.actors[0].named).toBeNull();
    expect(reader.results?.actors[0].summary?.distribution.STIMULEREN).toBe(1);
  });
});
