import { describe, expect, it } from "vitest";
import { addAgendaItem } from "@/lib/agenda/agenda";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { liveProgramme, phoneRound, setLiveRound, steerProgramme } from "@/lib/live/rounds";
import { liveSnapshot } from "@/lib/live/snapshot";
import { createGemeente, createMember } from "@/tests/support/factories";

async function liveSession({ live = true } = {}) {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const otherFacilitator = await createMember(gemeente, "FACILITATOR");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const { id } = await createCouncilSession(griffier, {
    title: "Rondes", theme: "jeugd", date: "2027-03-01", time: "19:30", location: "", description: "", facilitatorIds: [facilitator.membershipId], inviteeIds: [raadslid.membershipId],
  });
  const items: string[] = [];
  for (const title of ["Opening", "Waar staan we nu?", "Casus", "Afsluiting"]) items.push((await addAgendaItem(griffier, id, { title, phase: "BEELDVORMING", workMethod: "", goal: "", durationMinutes: 10 })).id);
  if (live) for (const to of ["VOORBEREID", "LIVE"] as const) await changeSessionStatus(griffier, { sessionId: id, to });
  return { gemeente, griffier, facilitator, otherFacilitator, raadslid, id, items };
}

describe("the facilitator steps the room through rounds", () => {
  it("sets the round; the projector and the phones read it", async () => {
    const { facilitator, raadslid, id, items } = await liveSession();
    await setLiveRound(facilitator, id, "NU");
    await steerProgramme(facilitator, id, { itemId: items[1], command: "current" });
    expect(await phoneRound(raadslid, id)).toEqual({ round: "NU" });
    expect(await liveSnapshot(facilitator, id)).toMatchObject({ round: "NU", currentItem: "Waar staan we nu?" });
    await setLiveRound(facilitator, id, null);
    expect(await phoneRound(raadslid, id)).toEqual({ round: null });
    expect(await db().auditEvent.count({ where: { entityId: id, action: "council-session.live-round" } })).toBe(2);
  });

  it("changes the programme live: skip moves on from the item in progress, time is added, items move", async () => {
    const { griffier, id, items } = await liveSession();
    await steerProgramme(griffier, id, { itemId: items[1], command: "current" });
    await steerProgramme(griffier, id, { itemId: items[1], command: "skip" });
    let programme = await liveProgramme(griffier, id);
    expect(programme.items.find((i) => i.current)?.id).toBe(items[2]);
    expect(programme.items.find((i) => i.id === items[1])?.skipped).toBe(true);
    await steerProgramme(griffier, id, { itemId: items[2], command: "addTime" });
    await steerProgramme(griffier, id, { itemId: items[3], command: "up" });
    programme = await liveProgramme(griffier, id);
    expect(programme.items.map((i) => i.id)).toEqual([items[0], items[1], items[3], items[2]]);
    expect(programme.items.find((i) => i.id === items[2])?.durationMinutes).toBe(15);
    await steerProgramme(griffier, id, { itemId: items[1], command: "unskip" });
    expect((await liveProgramme(griffier, id)).items.every((i) => !i.skipped)).toBe(true);
  });

  it("is for whoever runs this session, and only while it is live", async () => {
    const { raadslid, otherFacilitator, id, items } = await liveSession();
    await expect(setLiveRound(raadslid, id, "NU")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setLiveRound(otherFacilitator, id, "NU")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(steerProgramme(otherFacilitator, id, { itemId: items[0], command: "skip" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const notLive = await liveSession({ live: false });
    await expect(setLiveRound(notLive.griffier, notLive.id, "NU")).rejects.toMatchObject({ code: "SESSION_NOT_LIVE" });
    // Another gemeente's griffier does not reach this session or its items.
    await expect(steerProgramme(notLive.griffier, id, { itemId: items[0], command: "skip" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
