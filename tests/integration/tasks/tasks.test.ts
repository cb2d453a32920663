import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attachCard } from "@/lib/library/library";
import { loadRaadslidTasks, markCardRead, setCaseDeadline, sharedReports } from "@/lib/tasks/tasks";
import { addCase } from "@/lib/values/values";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const TODAY = "2027-03-01";

/** A session with two invited raadsleden, a casus deadline, two cards (one as reading) and an open worksheet. */
async function preparedSession() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const [anna, bram, outsider] = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  await db().user.update({ where: { id: anna.userId }, data: { name: "Anna Ijverig" } });
  const session = await createSession(griffier, { title: "Jeugdzorg", inviteeIds: [anna.membershipId, bram.membershipId] });
  await setCaseDeadline(griffier, session.id, "2027-03-08");
  const [reading, other] = await Promise.all([
    db().libraryCard.create({ data: { gemeenteId: gemeente.id, title: "Rolopvattingen", summary: "", points: [], sourceTitle: "Rob", sourcePublisher: "Rob" }, select: { id: true } }),
    db().libraryCard.create({ data: { gemeenteId: gemeente.id, title: "Alleen ter informatie", summary: "", points: [], sourceTitle: "Rob", sourcePublisher: "Rob" }, select: { id: true } }),
  ]);
  await attachCard(griffier, { cardId: reading.id, sessionId: session.id, note: "Lees vóór de sessie", forReading: true });
  await attachCard(griffier, { cardId: other.id, sessionId: session.id, note: "" });
  await db().roleWorksheet.create({ data: { sessionId: session.id, state: "OPEN", actors: { create: [{ key: "raad", name: "Raad", position: 0 }, { key: "college", name: "College", position: 1 }] } } });
  return { gemeente, griffier, anna, bram, outsider, session, reading, other };
}

const taskStates = (sessions: Awaited<ReturnType<typeof loadRaadslidTasks>>) => sessions.flatMap((s) => s.tasks.map((t) => [t.kind, t.done]));

describe("a raadslid's tasks before the session", () => {
  it("lists bring a casus, read the card and fill in the worksheet, and ticks each off by what this raadslid did", async () => {
    const { anna, session, reading } = await preparedSession();
    const before = await loadRaadslidTasks(anna, TODAY);
    expect(before.map((s) => s.session.id)).toEqual([session.id]);
    expect(taskStates(before)).toEqual([["case", false], ["card", false], ["worksheet", false]]);
    expect(before[0].tasks[0]).toMatchObject({ kind: "case", deadline: "2027-03-08", overdue: false });
    expect(before[0].tasks[1]).toMatchObject({ kind: "card", cardTitle: "Rolopvattingen", note: "Lees vóór de sessie" });
    // The worksheet with its state for this raadslid: none of its two actors answered yet.
    expect(before[0].tasks[2]).toEqual({ kind: "worksheet", sessionId: session.id, done: false, answered: 0, total: 2, repeat: null });

    await addCase(anna, session.id, { description: "Een gezin wacht maanden op hulp", source: "", valueIds: [], newValues: ["tijdigheid"] });
    await markCardRead(anna, { sessionId: session.id, cardId: reading.id, read: true });
    const worksheet = await db().roleWorksheet.findUniqueOrThrow({ where: { sessionId: session.id }, include: { actors: true } });
    await db().roleAnswer.createMany({ data: worksheet.actors.map((a) => ({ worksheetId: worksheet.id, actorId: a.id, membershipId: anna.membershipId, rung: "FACILITEREN" as const })) });
    expect(taskStates(await loadRaadslidTasks(anna, TODAY))).toEqual([["case", true], ["card", true], ["worksheet", true]]);

    // Un-ticking a card is possible too.
    await markCardRead(anna, { sessionId: session.id, cardId: reading.id, read: false });
    expect(taskStates(await loadRaadslidTasks(anna, TODAY))).toEqual([["case", true], ["card", false], ["worksheet", true]]);
  });

  it("never shows who else did or did not do a task", async () => {
    const { anna, bram, session, reading } = await preparedSession();
    await addCase(anna, session.id, { description: "Een gezin wacht maanden op hulp", source: "", valueIds: [], newValues: ["tijdigheid"] });
    await markCardRead(anna, { sessionId: session.id, cardId: reading.id, read: true });
    const bramsTasks = await loadRaadslidTasks(bram, TODAY);
    // Anna's work does not tick off Bram's tasks …
    expect(taskStates(bramsTasks)).toEqual([["case", false], ["card", false], ["worksheet", false]]);
    // … and nothing in what Bram's dashboard reads names her or counts others.
    const read = JSON.stringify(bramsTasks);
    expect(read).not.toContain(anna.membershipId);
    expect(read).not.toContain(anna.userId);
    expect(read).not.toMatch(/Anna|Ijverig|readers|readBy|others/);
  });

  it("says when the casus date has passed, drops held sessions, and lets a raadslid tick only their sessions' reading", async () => {
    const { griffier, anna, outsider, session, reading, other } = await preparedSession();
    const late = await loadRaadslidTasks(anna, "2027-03-09");
    expect(late[0].tasks[0]).toMatchObject({ kind: "case", done: false, overdue: true });

    // A raadslid not invited, or a card not given as reading: nothing to tick.
    await expect(markCardRead(outsider, { sessionId: session.id, cardId: reading.id, read: true })).rejects.toBeInstanceOf(AppError);
    await expect(markCardRead(anna, { sessionId: session.id, cardId: other.id, read: true })).rejects.toBeInstanceOf(AppError);
    expect(await db().cardReading.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await loadRaadslidTasks(outsider, TODAY)).toEqual([]);

    // Clearing the date removes the casus task; once held, the casus and the reading no longer
    // count, but a worksheet still open waits for the raadslid until it closes.
    await setCaseDeadline(griffier, session.id, null);
    expect(taskStates(await loadRaadslidTasks(anna, TODAY)).map(([kind]) => kind)).toEqual(["card", "worksheet"]);
    await setCaseDeadline(griffier, session.id, "2027-03-08");
    await db().councilSession.updateMany({ where: { id: session.id }, data: { status: "AFGEROND" } });
    expect(taskStates(await loadRaadslidTasks(anna, TODAY))).toEqual([["worksheet", false]]);
    await db().roleWorksheet.updateMany({ where: { sessionId: session.id }, data: { state: "GESLOTEN" } });
    expect(await loadRaadslidTasks(anna, TODAY)).toEqual([]);
  });
});

describe("shared verslagen on the raadslid's dashboard", () => {
  it("lists a session's verslag for its raadsleden once the griffier shared it", async () => {
    const { anna, outsider, session } = await preparedSession();
    expect(await sharedReports(anna)).toEqual([]);
    await db().councilSession.updateMany({ where: { id: session.id }, data: { sharedParts: { push: "REPORT" } } });
    expect((await sharedReports(anna)).map((r) => r.title)).toEqual(["Jeugdzorg"]);
    // The dashboard lists the verslagen of one's own sessions (the learning page reaches further).
    expect(await sharedReports(outsider)).toEqual([]);
  });
});
