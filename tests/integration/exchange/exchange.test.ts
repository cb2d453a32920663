import { describe, expect, it } from "vitest";
import { addAgendaItem } from "@/lib/agenda/agenda";
import { addCommitment, setCommitmentDone } from "@/lib/commitments/commitments";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { saveRanking } from "@/lib/fracties/fracties";
import { exportSession } from "@/lib/exchange/export-session";
import { importSession } from "@/lib/exchange/import-session";
import { saveSessionPlan } from "@/lib/planning/plan";
import { setPreparationGroup } from "@/lib/preparation-group/group";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { saveReview } from "@/lib/review/save-review";
import { setSessionRisUrl } from "@/lib/ris/ris";
import { addCase, addTension, linkSessionValue, listValues, saveVerdict } from "@/lib/values/values";
import { saveAnswer, myWorksheet } from "@/lib/worksheets/answers";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember, createValues } from "@/tests/support/factories";
import { startAsCopy } from "@/lib/templates/templates";
import { problemTexts } from "@/tests/support/validation";

async function richSession() {
  const gemeente = await createGemeente();
  await createValues(gemeente);
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const { id } = await createCouncilSession(griffier, {
    title: "Uitwisseling", theme: "jeugdzorg", date: "2027-03-04", time: "19:30", location: "Raadzaal", description: "Met alles erop en eraan",
    facilitatorIds: [facilitator.membershipId], inviteeIds: [raadslid.membershipId],
  });
  await saveStep(griffier, { sessionId: id, number: 4, version: 1, status: "KLAAR", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol?" } });
  await saveStep(griffier, {
    sessionId: id, number: 9, version: 1, status: "BEZIG", nvtReason: "",
    data: { evaluationMoments: [{ id: "m1", date: "2027-09-01", subject: "Rolverdeling", participants: "Raad", outcome: "", adjustments: "" }] },
  });
  await saveStep(griffier, { sessionId: id, number: 7, version: 1, status: "NVT", nvtReason: "Niet nodig", data: {} });
  await addAgendaItem(griffier, id, { title: "Welkom", phase: "BEELDVORMING", workMethod: "Plenair", goal: "", durationMinutes: 10, risUrl: "https://ris.example.nl/agenda/12" });
  await setSessionRisUrl(griffier, id, "https://ris.example.nl/vergadering/3");
  await controlWorksheet(griffier, { sessionId: id, command: "open" });
  const worksheet = await myWorksheet(raadslid, id);
  await saveAnswer(raadslid, id, { actorId: worksheet.actors[0].id, rung: "STIMULEREN", motivation: "Samen optrekken", promise: "anonymous" });
  const tijdigheid = (await listValues(griffier)).find((v) => v.name === "tijdigheid")!;
  const wachten = await addCase(raadslid, id, { description: "Lang wachten", source: "Ouder", valueIds: [tijdigheid.id], newValues: ["vertrouwen"] });
  const vertrouwen = (await listValues(griffier)).find((v) => v.name === "vertrouwen")!;
  await addTension(raadslid, id, { caseId: wachten.id, valueAId: vertrouwen.id, valueBId: tijdigheid.id, note: "Snel of zorgvuldig" });
  const fractie = await db().fractie.create({ data: { gemeenteId: gemeente.id, name: "Lokaal Belang" } });
  await saveRanking(griffier, id, { fractieId: fractie.id, ranks: [{ valueId: vertrouwen.id, rank: 1 }, { valueId: tijdigheid.id, rank: 2 }] });
  await linkSessionValue(griffier, id, { valueId: tijdigheid.id, indicator: "Wachttijd < 4 weken", baseline: "6 weken", target: "4 weken", indicatorSource: "monitor", programmeName: "Programma 3", programmeUrl: "https://example.nl/p3", evaluationMomentId: "m1" });
  await saveVerdict(griffier, id, { valueId: tijdigheid.id, evaluationMomentId: "m1", verdict: "BIJSTUREN", evidence: "Nog 6 weken" });
  const c = await addCommitment(griffier, id, { who: "College", what: "Brief", toWhom: "Raad", dueDate: "2027-05-01", madeOn: "2027-03-04", madeAt: "Raad in Beraad" });
  await setCommitmentDone(griffier, { commitmentId: c.id, done: true, note: "Eerste brief" }, new Date("2027-04-01T10:00:00Z"));
  await setCommitmentDone(griffier, { commitmentId: c.id, done: false, note: "Vraag niet beantwoord" }, new Date("2027-04-03T10:00:00Z"));
  await setCommitmentDone(griffier, { commitmentId: c.id, done: true, note: "Afgedaan met een brief" }, new Date("2027-04-20T10:00:00Z"));
  await saveReview(facilitator, { sessionId: id, version: 1, stoodOut: "Veel eensgezindheid", agreements: "Vervolg in mei", nextSteps: "Evaluatie plannen" });
  return { gemeente, griffier, facilitator, raadslid, sessionId: id };
}


describe("JSON export and import", () => {
  it("round trip yields an equal session (ids aside), also into another gemeente", async () => {
    const { griffier, facilitator, raadslid, sessionId } = await richSession();
    const file = await exportSession(griffier, sessionId);

    const again = await importSession(griffier, JSON.parse(JSON.stringify(file)));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const roundTrip = await exportSession(griffier, again.sessionId);
    // The results travel as counts for the reader; an import takes no answers, so the copy has none.
    const withoutResults = <F extends typeof file>(f: F) => ({ ...f, worksheet: f.worksheet && { ...f.worksheet, results: undefined } });
    expect({ ...withoutResults(roundTrip), exportedAt: file.exportedAt }).toEqual(withoutResults(file));
    expect(roundTrip.worksheet?.results?.respondents).toBe(0);
    // The links to the raadsinformatiesysteem travel too (a copy or template keeps them).
    expect(file.session.risUrl).toBe("https://ris.example.nl/vergadering/3");
    expect(file.agenda.map((item) => item.risUrl)).toEqual(["https://ris.example.nl/agenda/12"]);
    expect(file.rankings).toEqual([{ fractie: "Lokaal Belang", value: "vertrouwen", rank: 1 }, { fractie: "Lokaal Belang", value: "tijdigheid", rank: 2 }]);
    // The tension and the toezegging's whole history travel with the file.
    expect(file.cases[0].tensions).toEqual([{ a: "tijdigheid", b: "vertrouwen", note: "Snel of zorgvuldig" }]);
    expect(file.commitments[0].history.map((e) => [e.state, e.note, e.at])).toEqual([
      ["OPEN", "", expect.any(String)],
      ["AFGEDAAN", "Eerste brief", "2027-04-01T10:00:00.000Z"],
      ["OPEN", "Vraag niet beantwoord", "2027-04-03T10:00:00.000Z"],
      ["AFGEDAAN", "Afgedaan met een brief", "2027-04-20T10:00:00.000Z"],
    ]);

    // Another gemeente with the same people (by e-mail) gets the same session.
    const other = await createGemeente("Anderstad");
    const otherGriffier = await createMember(other, "GRIFFIER");
    for (const [member, role] of [[facilitator, "FACILITATOR"], [raadslid, "RAADSLID"]] as const) {
      await db().membership.create({ data: { userId: member.userId, gemeenteId: other.id, role } });
    }
    // Its fracties are the gemeente's own: one it lacks is named, and nothing is written until it exists.
    const lacking = await importSession(otherGriffier, file);
    expect(lacking.ok).toBe(false);
    if (!lacking.ok) expect(problemTexts(lacking.problems).join("\n")).toMatch(/De fractie Lokaal Belang bestaat niet in/);
    await db().fractie.create({ data: { gemeenteId: other.id, name: "Lokaal Belang" } });
    const moved = await importSession(otherGriffier, file);
    expect(moved.ok).toBe(true);
    if (moved.ok) expect({ ...withoutResults(await exportSession(otherGriffier, moved.sessionId)), exportedAt: file.exportedAt }).toEqual(withoutResults(file));
  });

  it("refuses a wrong version, a missing field, an oversized text, or people of another gemeente, and writes nothing", async () => {
    const { griffier, sessionId } = await richSession();
    const file = await exportSession(griffier, sessionId);
    const before = await db().councilSession.count();
    const sessionWithoutTitle: Partial<typeof file.session> = { ...file.session };
    delete sessionWithoutTitle.title;

    const cases: [string, unknown, RegExp][] = [
      ["wrong version", { ...file, version: 2 }, /version: Deze versie van het bestand kennen we niet/],
      ["missing field", { ...file, session: sessionWithoutTitle }, /session\.title/],
      ["oversized text", { ...file, session: { ...file.session, description: "x".repeat(4001) } }, /session\.description: Hoogstens 4000 tekens/],
      ["tampered field", { ...file, session: { ...file.session, gemeenteId: "elders" } }, /session/],
      ["bad step data", { ...file, steps: file.steps.map((s) => (s.number === 5 ? { ...s, data: { decision: { level: "ALLES" } } } : s)) }, /steps\.4\.data\.decision\.level/],
      ["tension outside its case", { ...file, cases: file.cases.map((c) => ({ ...c, tensions: [{ a: "tijdigheid", b: "onbekend", note: "" }] })) }, /cases\.0\.tensions\.0: Een spanning zet twee verschillende waarden/],
      ["oversized step text", { ...file, steps: file.steps.map((s) => (s.number === 3 ? { ...s, data: { problemStatement: "x".repeat(2001) } } : s)) }, /steps\.2\.data\.problemStatement: Maximaal 2000 tekens/],
    ];
    for (const [name, input, message] of cases) {
      const result = await importSession(griffier, input);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(problemTexts(result.problems).join("\n"), name).toMatch(message);
    }

    const other = await createGemeente("Vreemdstad");
    const foreignGriffier = await createMember(other, "GRIFFIER");
    const foreign = await importSession(foreignGriffier, file);
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect(problemTexts(foreign.problems).join("\n")).toMatch(/is geen raadslid van/);
    if (!foreign.ok) expect(problemTexts(foreign.problems, "en").join("\n")).toMatch(/is not a council member of/);

    expect(await db().councilSession.count()).toBe(before);
  });
});

describe("the session file's planning", () => {
  it("carries the end, each step's deadline and owner; owners are resolved within the importing gemeente, unknown ones left empty with a notice", async () => {
    const { gemeente, griffier, facilitator, sessionId } = await richSession();
    await db().councilSession.update({ where: { id: sessionId }, data: { endsAt: new Date("2027-03-04T21:30:00Z"), sharedParts: ["PROGRAMME", "REPORT"] } });
    await saveSessionPlan(griffier, sessionId, [
      { number: 1, deadline: "2027-01-07", ownerId: griffier.membershipId },
      { number: 4, deadline: "2027-02-04", ownerId: facilitator.membershipId },
      ...([2, 3, 5, 6, 7, 8, 9, 10] as const).map((number) => ({ number, deadline: null, ownerId: null })),
    ]);
    const file = await exportSession(griffier, sessionId);
    expect(file.session.endsAt).toBe("2027-03-04T21:30:00.000Z");
    expect(file.steps.find((s) => s.number === 1)).toMatchObject({ deadline: "2027-01-07", owner: { email: expect.stringMatching(/^griffier-/) } });
    expect(file.steps.find((s) => s.number === 4)?.owner).toEqual({ email: expect.stringMatching(/^facilitator-/) });

    // Into the same gemeente: everything comes back, except that the verslag is not shared by itself.
    const same = await importSession(griffier, JSON.parse(JSON.stringify(file)));
    expect(same.ok && same.notices).toEqual([]);
    if (!same.ok) return;
    const copy = await db().councilSession.findUniqueOrThrow({ where: { id: same.sessionId }, include: { steps: { orderBy: { number: "asc" } } } });
    expect(copy.endsAt?.toISOString()).toBe("2027-03-04T21:30:00.000Z");
    expect(copy.sharedParts).toEqual(["PROGRAMME"]);
    expect(copy.steps[0]).toMatchObject({ ownerId: griffier.membershipId, deadline: new Date("2027-01-07T00:00:00Z") });
    expect(copy.steps[3].ownerId).toBe(facilitator.membershipId);

    // A griffier elsewhere: the owners (people of another gemeente) are left empty and named; nothing else is refused.
    const other = await createGemeente("Elders");
    const otherGriffier = await createMember(other, "GRIFFIER");
    const elsewhere = await importSession(otherGriffier, { ...file, people: { facilitators: [], invitees: [] }, rankings: [] });
    expect(elsewhere.ok).toBe(true);
    if (!elsewhere.ok) return;
    expect(problemTexts(elsewhere.notices).join("\n")).toMatch(/steps\.1: Stap 1: griffier-.*kan hier geen eigenaar van deze stap zijn; de eigenaar is leeg gelaten/);
    expect(elsewhere.notices).toHaveLength(2);
    const moved = await db().preparationStep.findMany({ where: { sessionId: elsewhere.sessionId }, orderBy: { number: "asc" } });
    expect(moved.map((s) => s.ownerId)).toEqual(Array(10).fill(null));
    expect(moved[0].deadline).toEqual(new Date("2027-01-07T00:00:00Z"));

    // By role (as a template names them): the griffier who imports; the facilitator only when the session has exactly one.
    const byRole = { ...file, steps: file.steps.map((s) => ({ ...s, owner: s.number === 1 ? { role: "GRIFFIER" } : s.number === 4 ? { role: "FACILITATOR" } : null })) };
    const second = await createMember(gemeente, "GRIFFIER");
    const roles = await importSession(second, byRole);
    expect(roles.ok && roles.notices).toEqual([]);
    if (!roles.ok) return;
    const owned = await db().preparationStep.findMany({ where: { sessionId: roles.sessionId, ownerId: { not: null } }, orderBy: { number: "asc" } });
    expect(owned.map((s) => [s.number, s.ownerId])).toEqual([[1, second.membershipId], [4, facilitator.membershipId]]);
    const noFacilitator = await importSession(second, { ...byRole, people: { ...byRole.people, facilitators: [] } });
    expect(noFacilitator.ok && problemTexts(noFacilitator.notices)).toEqual(["steps.4: Stap 4: de facilitator kan hier geen eigenaar van deze stap zijn; de eigenaar is leeg gelaten."]);
  });

  it("carries the preparation group: its raadslid comes back in the group and with the step they own; one not invited is left out with a notice", async () => {
    const { griffier, raadslid, sessionId } = await richSession();
    await setPreparationGroup(griffier, sessionId, [raadslid.membershipId]);
    await saveSessionPlan(griffier, sessionId, [{ number: 3, deadline: null, ownerId: raadslid.membershipId }, ...([1, 2, 4, 5, 6, 7, 8, 9, 10] as const).map((number) => ({ number, deadline: null, ownerId: null }))]);
    const file = await exportSession(griffier, sessionId);
    expect(file.people.preparers).toEqual([expect.stringMatching(/^raadslid-/)]);

    const back = await importSession(griffier, JSON.parse(JSON.stringify(file)));
    expect(back.ok && back.notices).toEqual([]);
    if (!back.ok) return;
    expect(await db().sessionPreparer.findMany({ where: { sessionId: back.sessionId }, select: { membershipId: true } })).toEqual([{ membershipId: raadslid.membershipId }]);
    expect((await db().preparationStep.findFirstOrThrow({ where: { sessionId: back.sessionId, number: 3 } })).ownerId).toBe(raadslid.membershipId);

    // Named in the group but not invited: not a preparer, and the step they owned is left empty; both said.
    const uninvited = await importSession(griffier, { ...file, people: { ...file.people, invitees: [] } });
    expect(uninvited.ok && problemTexts(uninvited.notices)).toEqual([
      expect.stringMatching(/^people\.preparers: raadslid-.* staat niet bij de uitgenodigde raadsleden/),
      expect.stringMatching(/^steps\.3: Stap 3: raadslid-/),
    ]);

    // A copy with the planning keeps the group for a raadslid invited again.
    const copy = await startAsCopy(griffier, sessionId, ["PLANNING"], {
      title: "Uitwisseling 2", theme: "jeugdzorg", date: "2028-03-02", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
    });
    if (!copy.ok) throw new Error("not copied");
    expect(copy.notices).toEqual([]);
    expect(await db().sessionPreparer.count({ where: { sessionId: copy.sessionId, membershipId: raadslid.membershipId } })).toBe(1);
    expect((await db().preparationStep.findFirstOrThrow({ where: { sessionId: copy.sessionId, number: 3 } })).ownerId).toBe(raadslid.membershipId);
  });
});

describe("CSV of worksheet answers", () => {
  it("contains no names when the worksheet is anonymous", async () => {
    const { griffier, raadslid, sessionId } = await richSession();
    const user = await db().user.findUniqueOrThrow({ where: { id: raadslid.userId } });
    const csv = await worksheetCsv(griffier, sessionId);
    // One answer on an open worksheet: nothing published yet, so no figure and no motivation either.
    expect(csv).toContain("Gemeenteraad;;;Te weinig antwoorden om anoniem te tonen (minimaal 5)");
    expect(csv).not.toContain("Samen optrekken");
    expect(csv).not.toContain(user.name!);
    expect(csv).not.toContain(user.email);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFactor;trede;aantal;toelichting;groep;aantal nu");
  });
});
