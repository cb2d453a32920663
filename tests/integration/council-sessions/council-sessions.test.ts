import { describe, expect, it } from "vitest";
import { changeSessionStatus, setSessionArchived } from "@/lib/council-sessions/change-status";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { updateCouncilSession } from "@/lib/council-sessions/save-session";
import { toLocalDateTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

describe("council sessions", () => {
  it("a new session starts as concept with ten open steps, at the Amsterdam time entered", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier, { date: "2027-07-01" });
    const session = await getCouncilSession(griffier, id);
    expect(session.status).toBe("CONCEPT");
    expect(session.steps.map((s) => [s.number, s.status])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, "OPEN"]),
    );
    expect(toLocalDateTime(session.startsAt)).toEqual({ date: "2027-07-01", time: "19:30" });
    expect(session.startsAt.toISOString()).toBe("2027-07-01T17:30:00.000Z");
  });

  it("enforces the lifecycle on the server", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const facilitator = await createMember(gemeente, "FACILITATOR");
    const { id } = await createSession(griffier, { facilitatorIds: [facilitator.membershipId] });
    // A facilitator runs only the sessions they facilitate.
    const another = await createMember(gemeente, "FACILITATOR");

    await expect(changeSessionStatus(griffier, { sessionId: id, to: "LIVE" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(changeSessionStatus(facilitator, { sessionId: id, to: "VOORBEREID" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await changeSessionStatus(griffier, { sessionId: id, to: "VOORBEREID" });
    await expect(changeSessionStatus(another, { sessionId: id, to: "LIVE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await changeSessionStatus(facilitator, { sessionId: id, to: "LIVE" });
    await changeSessionStatus(facilitator, { sessionId: id, to: "AFGEROND" });
    await expect(changeSessionStatus(griffier, { sessionId: id, to: "CONCEPT" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await changeSessionStatus(facilitator, { sessionId: id, to: "GEEVALUEERD" });

    const events = await db().auditEvent.findMany({ where: { entityId: id, action: "council-session.status" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.after)).toEqual([{ status: "VOORBEREID" }, { status: "LIVE" }, { status: "AFGEROND" }, { status: "GEEVALUEERD" }]);
  });

  it("refuses a stale edit of the session's details", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier, { title: "Oorspronkelijk" });
    const base = { theme: "veiligheid", date: "2027-01-10", time: "20:00", location: "", description: "", facilitatorIds: [], inviteeIds: [] };

    await updateCouncilSession(griffier, { ...base, sessionId: id, version: 1, title: "Eerste wijziging" });
    await expect(updateCouncilSession(griffier, { ...base, sessionId: id, version: 1, title: "Tweede, op oude versie" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await getCouncilSession(griffier, id)).title).toBe("Eerste wijziging");
  });

  it("only invites people of the same gemeente, with a fitting role", async () => {
    const gemeente = await createGemeente();
    const other = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const outsider = await createMember(other, "RAADSLID");
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const base = { title: "Sessie", theme: "jeugdzorg", date: "2027-01-10", time: "20:00", location: "", description: "", facilitatorIds: [] as string[] };
    const { createCouncilSession } = await import("@/lib/council-sessions/save-session");

    await expect(createCouncilSession(griffier, { ...base, inviteeIds: [outsider.membershipId] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createCouncilSession(griffier, { ...base, inviteeIds: [beheerder.membershipId] })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db().councilSession.count({ where: { gemeenteId: gemeente.id } })).toBe(0);
  });

  it("a raadslid sees only sessions they are invited to; other gemeenten see nothing", async () => {
    const gemeente = await createGemeente();
    const other = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const invited = await createMember(gemeente, "RAADSLID");
    const notInvited = await createMember(gemeente, "RAADSLID");
    const outsider = await createMember(other, "GRIFFIER");
    const { createCouncilSession } = await import("@/lib/council-sessions/save-session");
    const session = await createCouncilSession(griffier, {
      title: "Met uitnodiging", theme: "jeugdzorg", date: "2027-01-10", time: "20:00", location: "", description: "", facilitatorIds: [], inviteeIds: [invited.membershipId],
    });

    expect((await listCouncilSessions(invited)).map((s) => s.id)).toEqual([session.id]);
    expect(await listCouncilSessions(notInvited)).toEqual([]);
    await expect(getCouncilSession(notInvited, session.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCouncilSession(outsider, session.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeSessionStatus(outsider, { sessionId: session.id, to: "VOORBEREID" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the current list shows a live session first, then the coming ones soonest first, then past ones latest first", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { createCouncilSession } = await import("@/lib/council-sessions/save-session");
    const at = async (title: string, date: string) =>
      (await createCouncilSession(griffier, { title, theme: "jeugdzorg", date, time: "20:00", location: "", description: "", facilitatorIds: [], inviteeIds: [] })).id;
    const longAgo = await at("Lang geleden", "2025-03-01");
    const lastMonth = await at("Vorige maand", "2026-11-02");
    const nextYear = await at("Volgend jaar", "2027-06-01");
    const nextMonth = await at("Volgende maand", "2026-12-20");
    const live = await at("Nu live", "2026-10-01");
    await db().councilSession.update({ where: { id: live }, data: { status: "LIVE" } });
    const now = new Date("2026-12-01T09:00:00Z");

    expect((await listCouncilSessions(griffier, { now })).map((s) => s.id)).toEqual([live, nextMonth, nextYear, lastMonth, longAgo]);
    // The archive keeps its own order: latest first.
    await db().councilSession.updateMany({ where: { gemeenteId: gemeente.id }, data: { archivedAt: now } });
    expect((await listCouncilSessions(griffier, { archived: true })).map((s) => s.id)).toEqual([nextYear, nextMonth, lastMonth, live, longAgo]);
  });

  it("archiving moves a session between the current list and the archive", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    await setSessionArchived(griffier, { sessionId: id, archived: true });
    expect(await listCouncilSessions(griffier)).toEqual([]);
    expect((await listCouncilSessions(griffier, { archived: true })).map((s) => s.id)).toEqual([id]);
    await setSessionArchived(griffier, { sessionId: id, archived: false });
    expect((await listCouncilSessions(griffier)).map((s) => s.id)).toEqual([id]);
  });
});
