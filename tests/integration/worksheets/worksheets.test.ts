import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, myWorksheetPage, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { councilRungFromResults, worksheetResults } from "@/lib/worksheets/results";
import { createGemeente, createMember } from "@/tests/support/factories";

async function setup({ anonymous = true } = {}) {
  // The smallest allowed minimum group size, so three raadsleden make a group.
  const gemeente = await db().gemeente.update({ where: { id: (await createGemeente()).id }, data: { anonymityThreshold: 3 } });
  const griffier = await createMember(gemeente, "GRIFFIER");
  const members = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  const outsider = await createMember(gemeente, "RAADSLID");
  const session = await createCouncilSession(griffier, {
    title: "Rolkeuze", theme: "jeugdzorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: members.map((m) => m.membershipId),
  });
  await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } });
  if (!anonymous) await controlWorksheet(griffier, { sessionId: session.id, command: "named" });
  await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
  const actors = (await myWorksheet(members[0], session.id)).actors;
  return { gemeente, griffier, members, outsider, sessionId: session.id, actors };
}

const answer = (m: Actor, sessionId: string, actorId: string, rung: "REGULEREN" | "REGISSEREN" | "STIMULEREN" | "FACILITEREN" | "LOSLATEN", motivation = "") =>
  saveAnswer(m, sessionId, { actorId, rung, motivation, promise: "anonymous" });
const answerNamed = (m: Actor, sessionId: string, actorId: string, rung: "REGULEREN") => saveAnswer(m, sessionId, { actorId, rung, motivation: "", promise: "named" });

describe("role-choice worksheet", () => {
  it("collects answers per actor and summarises them, the council's most chosen rung feeding the pseudo-participation check", async () => {
    const { griffier, members, sessionId, actors } = await setup();
    expect(actors.map((a) => a.name)).toEqual(["Gemeenteraad", "College", "Ambtelijke organisatie"]);
    const raad = actors[0].id;
    await answer(members[0], sessionId, raad, "FACILITEREN");
    await answer(members[1], sessionId, raad, "FACILITEREN");
    await answer(members[2], sessionId, raad, "REGISSEREN");
    await answer(members[2], sessionId, raad, "STIMULEREN", "Toch iets meer ruimte"); // a change replaces the earlier answer
    await controlWorksheet(griffier, { sessionId, command: "close" });

    const results = await worksheetResults(griffier, sessionId);
    const council = results.actors[0].summary!;
    expect(council.count).toBe(3);
    expect(council.distribution).toEqual({ REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 1, FACILITEREN: 2, LOSLATEN: 0 });
    expect(council.mostChosen).toEqual(["FACILITEREN"]);
    expect(results.respondents).toBe(3);
    expect(councilRungFromResults(results.actors)).toBe("FACILITEREN");
  });

  it("anonymous: nobody, griffier included, gets names; the motivation comes without its author", async () => {
    const { griffier, members, sessionId, actors } = await setup();
    await answer(members[0], sessionId, actors[0].id, "LOSLATEN", "Laat de wijk het doen");
    await answer(members[1], sessionId, actors[0].id, "LOSLATEN", "Anders niet");
    await answer(members[2], sessionId, actors[0].id, "LOSLATEN");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const results = await worksheetResults(griffier, sessionId);
    expect(results.actors[0].named).toBeNull();
    expect(results.actors[0].motivations).toEqual(["Anders niet", "Laat de wijk het doen"]);
    const user = await db().user.findFirstOrThrow({ where: { id: members[0].userId } });
    expect(JSON.stringify(results)).not.toContain(user.name!);
    expect(JSON.stringify(results)).not.toContain(user.email);
    await expect(controlWorksheet(griffier, { sessionId, command: "named" })).rejects.toMatchObject({ code: "ANONYMITY_LOCKED" });
  });

  it("named: the results say who chose what", async () => {
    const { griffier, members, sessionId, actors } = await setup({ anonymous: false });
    await answerNamed(members[0], sessionId, actors[0].id, "REGULEREN");
    const named = (await worksheetResults(griffier, sessionId)).actors[0].named;
    expect(named).toEqual([{ name: "Test raadslid", rung: "REGULEREN", motivation: "" }]);
  });

  it("a raadslid sees results only once released, and cannot answer a closed worksheet", async () => {
    const { griffier, members, sessionId, actors } = await setup();
    for (const m of members) await answer(m, sessionId, actors[0].id, "STIMULEREN");
    await expect(worksheetResults(members[1], sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    await expect(answer(members[1], sessionId, actors[0].id, "LOSLATEN")).rejects.toMatchObject({ code: "WORKSHEET_CLOSED" });
    await controlWorksheet(griffier, { sessionId, command: "release" });
    const seen = await worksheetResults(members[1], sessionId);
    expect(seen.actors[0].summary?.count).toBe(3);
    expect(seen.actors[0].named).toBeNull();
  });

  it("refuses a raadslid who is not invited, and everyone of another gemeente", async () => {
    const { outsider, sessionId, actors } = await setup();
    await expect(answer(outsider, sessionId, actors[0].id, "REGULEREN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(myWorksheet(outsider, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(myWorksheetPage(outsider, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const other = await createGemeente();
    const foreignGriffier = await createMember(other, "GRIFFIER");
    const foreignRaadslid = await createMember(other, "RAADSLID");
    await expect(worksheetResults(foreignGriffier, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(controlWorksheet(foreignGriffier, { sessionId, command: "close" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answer(foreignRaadslid, sessionId, actors[0].id, "REGULEREN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(myWorksheetPage(foreignRaadslid, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot open without a question in step 4", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const session = await createCouncilSession(griffier, { title: "Leeg", theme: "x-thema", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [] });
    await expect(controlWorksheet(griffier, { sessionId: session.id, command: "open" })).rejects.toMatchObject({ code: "WORKSHEET_INCOMPLETE" });
  });
});
