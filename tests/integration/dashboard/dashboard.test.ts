import { describe, expect, it } from "vitest";
import { addCommitment } from "@/lib/commitments/commitments";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { loadFacilitatorDashboard, loadPreparerDashboard, loadRaadslidDashboard } from "@/lib/dashboard/dashboard";
import { db } from "@/lib/db";
import { saveStep } from "@/lib/preparation/save-step";
import { saveReview } from "@/lib/review/save-review";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import type { Actor } from "@/lib/auth/permissions";
import { createGemeente, createMember } from "@/tests/support/factories";

const TODAY = "2027-03-01";

async function sessionIn(griffier: Actor, title: string, { date = "2027-03-20", facilitatorIds = [] as string[], inviteeIds = [] as string[] } = {}) {
  return createCouncilSession(griffier, { title, theme: "zorg", date, time: "19:30", location: "", description: "", facilitatorIds, inviteeIds });
}

async function setStep9(griffier: Actor, sessionId: string, moments: { id: string; date: string; subject: string; outcome?: string }[]) {
  await saveStep(griffier, {
    sessionId,
    number: 9,
    version: 1,
    status: "BEZIG",
    nvtReason: "",
    data: { evaluationMoments: moments.map((m) => ({ participants: "", adjustments: "", outcome: "", ...m })) },
  });
}

/** Two gemeenten with the same shape, so every list can be checked for leaks. */
async function world() {
  const make = async (name: string) => {
    const gemeente = await createGemeente(name);
    const griffier = await createMember(gemeente, "GRIFFIER");
    const facilitator = await createMember(gemeente, "FACILITATOR");
    const invited = await createMember(gemeente, "RAADSLID");
    const notInvited = await createMember(gemeente, "RAADSLID");
    const current = await sessionIn(griffier, `${name}: lopend`, { facilitatorIds: [facilitator.membershipId], inviteeIds: [invited.membershipId] });
    const other = await sessionIn(griffier, `${name}: zonder uitnodiging`, { inviteeIds: [notInvited.membershipId] });
    const finished = await sessionIn(griffier, `${name}: afgerond`, { date: "2027-02-01", facilitatorIds: [facilitator.membershipId], inviteeIds: [invited.membershipId] });
    for (const to of ["VOORBEREID", "LIVE", "AFGEROND"] as const) await changeSessionStatus(griffier, { sessionId: finished.id, to });
    await setStep9(griffier, current.id, [
      { id: "m-komt", date: "2027-04-01", subject: `${name}: komende evaluatie` },
      { id: "m-ver", date: "2027-12-01", subject: `${name}: te ver weg` },
    ]);
    await setStep9(griffier, finished.id, [
      { id: "m-over", date: "2027-02-10", subject: `${name}: verstreken zonder uitkomst` },
      { id: "m-klaar", date: "2027-02-11", subject: `${name}: verstreken met uitkomst`, outcome: "Gedaan." },
    ]);
    await addCommitment(griffier, current.id, { who: "College", what: `${name}: open toezegging`, toWhom: "", dueDate: "2027-05-01" });
    await addCommitment(griffier, other.id, { who: "College", what: `${name}: te late toezegging`, toWhom: "", dueDate: "2027-01-01" });
    return { gemeente, griffier, facilitator, invited, notInvited, current, other, finished };
  };
  return { a: await make("Aadorp"), b: await make("Beekdal") };
}

const titles = (list: { title: string }[]) => list.map((s) => s.title).sort();

describe("dashboard per role", () => {
  it("griffier: sessions by status with progress, evaluation moments, commitments and reviews of their own gemeente only", async () => {
    const { a } = await world();
    const d = await loadPreparerDashboard(a.griffier, TODAY);
    expect(titles(d.sessions)).toEqual(["Aadorp: afgerond", "Aadorp: lopend", "Aadorp: zonder uitnodiging"]);
    expect(d.sessions.find((s) => s.title === "Aadorp: lopend")).toMatchObject({ status: "CONCEPT", stepsDone: 0, stepsTotal: 10 });
    expect(d.upcomingEvaluations.map((m) => m.subject)).toEqual(["Aadorp: komende evaluatie"]);
    expect(d.overdueEvaluations.map((m) => m.subject)).toEqual(["Aadorp: verstreken zonder uitkomst"]);
    expect(d.commitments.map((c) => [c.what, c.status])).toEqual([
      ["Aadorp: te late toezegging", "OVERDUE"],
      ["Aadorp: open toezegging", "OPEN"],
    ]);
    expect(titles(d.awaitingReview)).toEqual(["Aadorp: afgerond"]);
    expect(JSON.stringify(d)).not.toContain("Beekdal");
  });

  it("raadslid: only invited sessions, the worksheets still waiting for them, released results and their council's commitments", async () => {
    const { a } = await world();
    await saveStep(a.griffier, { sessionId: a.current.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol?" } });
    await controlWorksheet(a.griffier, { sessionId: a.current.id, command: "open" });
    const before = await loadRaadslidDashboard(a.invited, TODAY);
    expect(titles(before.sessions)).toEqual(["Aadorp: afgerond", "Aadorp: lopend"]);
    expect(before.worksheetsToAnswer).toEqual([{ session: expect.objectContaining({ title: "Aadorp: lopend" }), repeatId: null, answered: 0, total: 3 }]);
    expect(before.releasedResults).toEqual([]);
    expect(before.commitments.map((c) => c.what)).toEqual(["Aadorp: open toezegging"]);

    const { actors } = await myWorksheet(a.invited, a.current.id);
    for (const actor of actors) await saveAnswer(a.invited, a.current.id, { actorId: actor.id, rung: "FACILITEREN", motivation: "", promise: "anonymous" });
    await controlWorksheet(a.griffier, { sessionId: a.current.id, command: "release" });
    const after = await loadRaadslidDashboard(a.invited, TODAY);
    expect(after.worksheetsToAnswer).toEqual([]);
    expect(titles(after.releasedResults)).toEqual(["Aadorp: lopend"]);
    expect(JSON.stringify(after)).not.toContain("zonder uitnodiging");
    expect(JSON.stringify(after)).not.toContain("Beekdal");

    // Another raadslid's dashboard never counts someone else's (anonymous) answers as theirs.
    const other = await loadRaadslidDashboard(a.notInvited, TODAY);
    expect(titles(other.sessions)).toEqual(["Aadorp: zonder uitnodiging"]);
    expect(other.worksheetsToAnswer).toEqual([]);
    expect(other.releasedResults).toEqual([]);
  });

  it("facilitator: the sessions they facilitate across their gemeenten, and the reviews they still have to write", async () => {
    const { a, b } = await world();
    // The facilitator of Aadorp also facilitates in Beekdal.
    const inBeekdal = await db().membership.create({ data: { userId: a.facilitator.userId, gemeenteId: b.gemeente.id, role: "FACILITATOR" } });
    await db().sessionParticipant.create({ data: { sessionId: b.current.id, membershipId: inBeekdal.id, kind: "FACILITATOR" } });

    const d = await loadFacilitatorDashboard(a.facilitator.userId);
    expect(d.sessions.map((s) => [s.gemeente.slug, s.title])).toEqual([
      [a.gemeente.slug, "Aadorp: lopend"],
      [b.gemeente.slug, "Beekdal: lopend"],
    ]);
    expect(titles(d.reviewsToWrite)).toEqual(["Aadorp: afgerond"]);
    expect(JSON.stringify(d)).not.toContain("zonder uitnodiging");

    await changeSessionStatus(a.griffier, { sessionId: a.finished.id, to: "GEEVALUEERD" });
    expect((await loadFacilitatorDashboard(a.facilitator.userId)).reviewsToWrite).toEqual([]);
  });

  it("writing the review takes a finished session off 'wachten op een terugblik' and the facilitator's reviews to write", async () => {
    const { a } = await world();
    expect(titles((await loadPreparerDashboard(a.griffier, TODAY)).awaitingReview)).toEqual(["Aadorp: afgerond"]);
    // An empty review (whitespace only) is no review.
    await saveReview(a.facilitator, { sessionId: a.finished.id, version: 1, stoodOut: "  ", agreements: "", nextSteps: "" });
    expect(titles((await loadPreparerDashboard(a.griffier, TODAY)).awaitingReview)).toEqual(["Aadorp: afgerond"]);
    await saveReview(a.facilitator, { sessionId: a.finished.id, version: 2, stoodOut: "", agreements: "Eén aanspreekpunt.", nextSteps: "" });
    expect((await loadPreparerDashboard(a.griffier, TODAY)).awaitingReview).toEqual([]);
    expect((await loadFacilitatorDashboard(a.facilitator.userId)).reviewsToWrite).toEqual([]);
    // The session is still finished, not closed: the griffier closes it after the review ("terugblik afronden").
    expect((await loadPreparerDashboard(a.griffier, TODAY)).sessions.find((s) => s.id === a.finished.id)?.status).toBe("AFGEROND");
  });

  it("sessions that start at the same moment keep one order (title, then id)", async () => {
    const gemeente = await createGemeente("Gelijktijd");
    const griffier = await createMember(gemeente, "GRIFFIER");
    for (const title of ["Zorg", "Afval", "Markt", "Bibliotheek"]) await sessionIn(griffier, title, { date: "2027-03-20" });
    for (let i = 0; i < 3; i++) {
      expect((await loadPreparerDashboard(griffier, TODAY)).sessions.map((s) => s.title)).toEqual(["Afval", "Bibliotheek", "Markt", "Zorg"]);
    }
  });

  it("refuses the preparer's dashboard to a raadslid and the raadslid's to a griffier", async () => {
    const { a } = await world();
    await expect(loadPreparerDashboard(a.invited, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadRaadslidDashboard(a.griffier, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
