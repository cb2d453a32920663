import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addCommitment } from "@/lib/commitments/commitments";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { exportSession } from "@/lib/exchange/export-session";
import { liveSnapshot } from "@/lib/live/snapshot";
import { removeMember } from "@/lib/members/manage-membership";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { erasePerson } from "@/lib/privacy/erase-person";
import { setMinimumGroupSize } from "@/lib/privacy/retention";
import { applyRetention } from "@/lib/privacy/retention-core";
import { reportModel } from "@/lib/report/report-model";
import { saveReview } from "@/lib/review/save-review";
import { minimumGroupSizeSchema } from "@/lib/validation/privacy";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { councilRung, worksheetResults } from "@/lib/worksheets/results";
import { createGemeente, createMember } from "@/tests/support/factories";

/** A gemeente with `k` as its minimum group size, a griffier, a beheerder and `count` invited raadsleden. */
async function council({ k, count }: { k: number; count: number }) {
  const gemeente = await db().gemeente.update({ where: { id: (await createGemeente()).id }, data: { anonymityThreshold: k } });
  const beheerder = await createMember(gemeente, "BEHEERDER");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadsleden: Actor[] = [];
  for (let i = 0; i < count; i++) raadsleden.push(await createMember(gemeente, "RAADSLID"));
  return { gemeente, beheerder, griffier, raadsleden };
}

async function openWorksheet(griffier: Actor, invitees: Actor[], { date = "2027-02-01", facilitatorIds = [] as string[] } = {}) {
  const session = await createCouncilSession(griffier, {
    title: "Anonieme rolkeuze", theme: "jeugdzorg", date, time: "19:30", location: "", description: "", facilitatorIds, inviteeIds: invitees.map((m) => m.membershipId),
  });
  await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } });
  await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
  const actors = invitees.length > 0 ? (await myWorksheet(invitees[0], session.id)).actors : [];
  return { sessionId: session.id, actors };
}

const answer = (m: Actor, sessionId: string, actorId: string, rung: Rung, motivation = "") =>
  saveAnswer(m, sessionId, { actorId, rung, motivation, promise: "anonymous" });

/** What anyone can compare between two moments: every figure and motivation the results show. */
async function visible(viewer: Actor, sessionId: string) {
  const r = await worksheetResults(viewer, sessionId);
  return { respondents: r.respondents, actors: r.actors.map((a) => ({ summary: a.summary, motivations: a.motivations })) };
}

describe("anonymous results cannot be differenced", () => {
  it("removing or erasing a member, reopening and closing leave the shown results exactly as they were", async () => {
    const { beheerder, griffier, raadsleden } = await council({ k: 3, count: 4 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    const rungs: Rung[] = ["LOSLATEN", "FACILITEREN", "FACILITEREN", "REGULEREN"];
    for (const [i, m] of raadsleden.entries()) await answer(m, sessionId, actors[0].id, rungs[i], `Motivatie ${i}`);
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const before = await visible(griffier, sessionId);
    expect(before.respondents).toBe(4);
    expect(before.actors[0].summary?.distribution).toEqual({ REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 2, LOSLATEN: 1 });

    // The probe's sequence: reopen, remove one member, look again — and again after closing.
    await controlWorksheet(griffier, { sessionId, command: "reopen" });
    await removeMember(beheerder, { membershipId: raadsleden[3].membershipId });
    expect(await visible(griffier, sessionId)).toEqual(before);
    await controlWorksheet(griffier, { sessionId, command: "close" });
    expect(await visible(griffier, sessionId)).toEqual(before);

    // Erasure (AVG) of another member, while open or closed, changes nothing either.
    await erasePerson(beheerder, { membershipId: raadsleden[2].membershipId });
    expect(await visible(griffier, sessionId)).toEqual(before);
    await controlWorksheet(griffier, { sessionId, command: "reopen" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    expect(await visible(griffier, sessionId)).toEqual(before);
  });

  it("a change by fewer than k people after reopening is not shown; from k changes on the new figures are", async () => {
    const { griffier, raadsleden } = await council({ k: 3, count: 4 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "STIMULEREN");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const before = await visible(griffier, sessionId);

    await controlWorksheet(griffier, { sessionId, command: "reopen" });
    await answer(raadsleden[0], sessionId, actors[0].id, "LOSLATEN", "Ik ben van gedachten veranderd");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    // One person's change would be readable as the difference: it waits, and the page says so.
    expect(await visible(griffier, sessionId)).toEqual(before);
    expect((await worksheetResults(griffier, sessionId)).unpublished).toBe(1);
    expect(await worksheetCsv(griffier, sessionId)).not.toContain("Ik ben van gedachten veranderd");

    await controlWorksheet(griffier, { sessionId, command: "reopen" });
    await answer(raadsleden[1], sessionId, actors[0].id, "LOSLATEN");
    await answer(raadsleden[2], sessionId, actors[0].id, "FACILITEREN");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const after = await worksheetResults(griffier, sessionId);
    expect(after.actors[0].summary?.distribution).toEqual({ REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 1, FACILITEREN: 1, LOSLATEN: 2 });
    expect(after.actors[0].motivations).toEqual(["Ik ben van gedachten veranderd"]);
    expect(after.unpublished).toBe(0);
  });

  it("retention keeps the published counts (without motivations), and a purged worksheet cannot be reopened", async () => {
    const { gemeente, griffier, raadsleden } = await council({ k: 3, count: 3 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden, { date: "2020-02-01" });
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "REGISSEREN", "Geheim");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const before = await worksheetResults(griffier, sessionId);
    await db().gemeente.update({ where: { id: gemeente.id }, data: { answerRetentionMonths: 12 } });
    await applyRetention(db(), { gemeenteId: gemeente.id });
    const after = await worksheetResults(griffier, sessionId);
    expect(after.actors[0].summary).toEqual(before.actors[0].summary);
    expect(after.respondents).toBe(3);
    expect(after.actors[0].motivations).toEqual([]);
    await expect(controlWorksheet(griffier, { sessionId, command: "reopen" })).rejects.toMatchObject({ code: "ANSWERS_PURGED" });
  });
});

describe("minimum group size", () => {
  it("below k nothing of an actor is shown: not on the page, the projector, the review, the CSV or the check", async () => {
    const { griffier, raadsleden } = await council({ k: 5, count: 4 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "LOSLATEN", "Alleen wij weten dit");
    await controlWorksheet(griffier, { sessionId, command: "close" });

    const results = await worksheetResults(griffier, sessionId);
    expect(results.respondents).toBe(4);
    expect(results.minimumGroupSize).toBe(5);
    expect(results.actors[0]).toMatchObject({ summary: null, motivations: [] });
    expect((await liveSnapshot(griffier, sessionId)).actors[0].summary).toBeNull();
    expect(JSON.stringify((await reportModel(griffier, sessionId)).results)).not.toContain("Alleen wij weten dit");
    const csv = await worksheetCsv(griffier, sessionId);
    expect(csv).toContain("Te weinig antwoorden om anoniem te tonen (minimaal 5)");
    expect(csv).not.toMatch(/Loslaten|Alleen wij weten dit/);
    const worksheet = await db().roleWorksheet.findFirstOrThrow({ where: { sessionId }, select: { id: true, anonymous: true, actors: { select: { id: true, key: true } } } });
    expect(await councilRung(griffier, worksheet)).toBeNull();
  });

  it("raising k hides what was published with fewer answers; k cannot go below 3", async () => {
    const { beheerder, griffier, raadsleden } = await council({ k: 3, count: 3 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "FACILITEREN");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    expect((await worksheetResults(griffier, sessionId)).actors[0].summary?.count).toBe(3);
    await setMinimumGroupSize(beheerder, { k: 4 });
    expect((await worksheetResults(griffier, sessionId)).actors[0].summary).toBeNull();

    expect(minimumGroupSizeSchema.safeParse({ k: "2" }).success).toBe(false);
    await expect(setMinimumGroupSize(beheerder, { k: 2 })).rejects.toThrow();
    await expect(setMinimumGroupSize(griffier, { k: 7 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the live view while people answer", () => {
  it("shows how many answered, but no figure of an anonymous worksheet until it closes", async () => {
    const { griffier, raadsleden } = await council({ k: 3, count: 3 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "REGULEREN");
    const open = await liveSnapshot(griffier, sessionId);
    expect(open.respondents).toBe(3);
    expect(open.actors.every((a) => a.summary === null)).toBe(true);
    await controlWorksheet(griffier, { sessionId, command: "close" });
    expect((await liveSnapshot(griffier, sessionId)).actors[0].summary?.distribution.REGULEREN).toBe(3);
  });
});

describe("ending the session", () => {
  it("closes its open worksheet and publishes, so no answers come in afterwards", async () => {
    const { griffier, raadsleden } = await council({ k: 3, count: 3 });
    const { sessionId, actors } = await openWorksheet(griffier, raadsleden);
    for (const m of raadsleden) await answer(m, sessionId, actors[0].id, "FACILITEREN");
    for (const to of ["VOORBEREID", "LIVE", "AFGEROND"] as const) await changeSessionStatus(griffier, { sessionId, to });
    const results = await worksheetResults(griffier, sessionId);
    expect(results.state).toBe("GESLOTEN");
    expect(results.actors[0].summary?.distribution.FACILITEREN).toBe(3);
    await expect(answer(raadsleden[0], sessionId, actors[0].id, "LOSLATEN")).rejects.toMatchObject({ code: "WORKSHEET_CLOSED" });
  });
});

describe("the promise on screen", () => {
  it("the anonymity setting is fixed once the worksheet has opened, even before anyone answered", async () => {
    const { griffier, raadsleden } = await council({ k: 3, count: 3 });
    const { sessionId } = await openWorksheet(griffier, raadsleden);
    await expect(controlWorksheet(griffier, { sessionId, command: "named" })).rejects.toMatchObject({ code: "ANONYMITY_LOCKED" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    await expect(controlWorksheet(griffier, { sessionId, command: "named" })).rejects.toMatchObject({ code: "ANONYMITY_LOCKED" });
    expect((await db().roleWorksheet.findFirstOrThrow({ where: { sessionId } })).anonymous).toBe(true);
  });

  it("an answer is kept only under the promise the page showed", async () => {
    const { griffier, raadsleden } = await council({ k: 3, count: 3 });
    const session = await createCouncilSession(griffier, {
      title: "Met namen", theme: "jeugdzorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: raadsleden.map((m) => m.membershipId),
    });
    await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol?" } });
    await controlWorksheet(griffier, { sessionId: session.id, command: "named" });
    await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
    const { actors } = await myWorksheet(raadsleden[0], session.id);
    // A page that (wrongly, or from before a change) promised anonymity: the answer is refused, nothing is written.
    await expect(answer(raadsleden[0], session.id, actors[0].id, "LOSLATEN")).rejects.toMatchObject({ code: "PROMISE_CHANGED" });
    expect(await db().roleAnswer.count({ where: { actor: { worksheet: { sessionId: session.id } } } })).toBe(0);
    await saveAnswer(raadsleden[0], session.id, { actorId: actors[0].id, rung: "LOSLATEN", motivation: "", promise: "named" });
    expect(await db().roleAnswer.count({ where: { actor: { worksheet: { sessionId: session.id } } } })).toBe(1);
  });
});

describe("a facilitator's scope", () => {
  it("acts only on the sessions they facilitate", async () => {
    const { gemeente, griffier, raadsleden } = await council({ k: 3, count: 3 });
    const facilitator = await createMember(gemeente, "FACILITATOR");
    const mine = await openWorksheet(griffier, raadsleden, { facilitatorIds: [facilitator.membershipId] });
    const other = await openWorksheet(griffier, raadsleden);
    for (const s of [mine, other]) {
      for (const m of raadsleden) await answer(m, s.sessionId, s.actors[0].id, "STIMULEREN");
      await controlWorksheet(griffier, { sessionId: s.sessionId, command: "close" });
    }

    expect((await worksheetResults(facilitator, mine.sessionId)).actors[0].summary?.count).toBe(3);
    await expect(worksheetCsv(facilitator, mine.sessionId)).resolves.toContain("Stimuleren;3");
    await expect(exportSession(facilitator, mine.sessionId)).resolves.toMatchObject({ session: { title: "Anonieme rolkeuze" } });

    const notFound = { code: "NOT_FOUND" };
    await expect(worksheetResults(facilitator, other.sessionId)).rejects.toMatchObject(notFound);
    await expect(worksheetCsv(facilitator, other.sessionId)).rejects.toMatchObject(notFound);
    await expect(exportSession(facilitator, other.sessionId)).rejects.toMatchObject(notFound);
    await expect(liveSnapshot(facilitator, other.sessionId)).rejects.toMatchObject(notFound);
    await expect(reportModel(facilitator, other.sessionId)).rejects.toMatchObject(notFound);
    await expect(controlWorksheet(facilitator, { sessionId: other.sessionId, command: "release" })).rejects.toMatchObject(notFound);
    await expect(changeSessionStatus(facilitator, { sessionId: other.sessionId, to: "LIVE" })).rejects.toMatchObject(notFound);
    await expect(saveReview(facilitator, { sessionId: other.sessionId, version: 1, stoodOut: "x", agreements: "", nextSteps: "" })).rejects.toMatchObject(notFound);
    await expect(addCommitment(facilitator, other.sessionId, { who: "x", what: "y", toWhom: "z", dueDate: "2027-03-01" })).rejects.toMatchObject(notFound);
    expect((await db().roleWorksheet.findFirstOrThrow({ where: { sessionId: other.sessionId } })).resultsReleased).toBe(false);
  });
});
