import { describe, expect, it } from "vitest";
import type { Guest } from "@/lib/auth/guest";
import { changeSessionStatus, setSharedParts } from "@/lib/council-sessions/change-status";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { db } from "@/lib/db";
import { joinAsGuest } from "@/lib/guests/join";
import { saveGuestSettings } from "@/lib/guests/settings";
import { checkSession } from "@/lib/preparation/checks";
import { toCheckInput } from "@/lib/preparation/load";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData, type StepData } from "@/lib/preparation/schemas";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { guestWorksheetRoom, worksheetRoom } from "@/lib/worksheets/room";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

/** A session with one invited raadslid, its worksheet open; step 4 and 5 as given. */
async function session(step4: Partial<StepData<4>>, step5: Partial<StepData<5>>) {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const { id } = await createCouncilSession(griffier, {
    title: "Ruimte", theme: "jeugd", date: "2027-03-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
  });
  await saveStep(griffier, { sessionId: id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?", ...step4 } });
  await saveStep(griffier, { sessionId: id, number: 5, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(5), ...step5 } });
  await controlWorksheet(griffier, { sessionId: id, command: "open" });
  const warnings = async () => {
    const stored = await getCouncilSession(griffier, id);
    return checkSession(toCheckInput(stored.steps, "2027-01-01", null, stored.guestsAllowed)).filter((w) => w.step === 5);
  };
  return { gemeente, griffier, raadslid, id, warnings };
}

describe("pseudo-participation on every rung, from the stored preparation", () => {
  it("reguleren with no room is fine until guests are let in; then it is schijninspraak", async () => {
    const { griffier, id, warnings } = await session({ intendedCouncilRung: "REGULEREN" }, { decision: { level: "GEEN", explanation: "" }, financial: { level: "GEEN", explanation: "", amount: null }, legal: { level: "GEEN", explanation: "" } });
    expect(await warnings()).toEqual([]);
    await saveGuestSettings(griffier, id, { allowed: true, groups: ["Inwoners"], cap: 50 });
    expect(await warnings()).toEqual([
      expect.objectContaining({ code: "PSEUDO_PARTICIPATION", params: expect.objectContaining({ askedBy: "GUESTS", rung: "REGULEREN", decision: "GEEN", financial: "GEEN", legal: "GEEN" }) }),
    ]);
  });

  it("stimuleren with the room not filled in warns; financial room alone lifts it and asks for the rest", async () => {
    const { griffier, id, warnings } = await session({ intendedCouncilRung: "STIMULEREN" }, {});
    expect((await warnings()).map((w) => w.code)).toEqual(["PSEUDO_PARTICIPATION"]);
    const step = (await getCouncilSession(griffier, id)).steps.find((s) => s.number === 5)!;
    await saveStep(griffier, { sessionId: id, number: 5, version: step.version, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(5), financial: { level: "BEPERKT", explanation: "", amount: 25000 } } });
    expect((await warnings()).map((w) => [w.code, w.params?.dimension])).toEqual([["ROOM_UNKNOWN", "decision"], ["ROOM_UNKNOWN", "legal"]]);
  });
});

describe("the worksheet says it plainly", () => {
  it("tells the raadslid when nothing can be influenced, and follows the griffier's sharing", async () => {
    const { griffier, raadslid, id } = await session({ intendedCouncilRung: "LOSLATEN" }, { decision: { level: "GEEN", explanation: "" } });
    expect(await worksheetRoom(raadslid, id)).toMatchObject({ note: "NONE", data: { decision: { level: "GEEN" } } });
    await setSharedParts(griffier, { sessionId: id, parts: ["PROGRAMME"] });
    expect(await worksheetRoom(raadslid, id)).toBeNull();
    expect(await worksheetRoom(griffier, id)).toMatchObject({ note: "NONE" });
  });

  it("tells a guest of a live session, never a guest of another session", async () => {
    const { griffier, id, gemeente } = await session({}, { decision: { level: "BEPERKT", explanation: "" }, legal: { level: "GEEN", explanation: "" } });
    await saveGuestSettings(griffier, id, { allowed: true, groups: ["Inwoners"], cap: 50 });
    for (const to of ["VOORBEREID", "LIVE"] as const) await changeSessionStatus(griffier, { sessionId: id, to });
    const { joinCode } = await db().councilSession.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
    const { guestId } = await joinAsGuest({ code: joinCode!, group: "Inwoners", nickname: "" }, newClient());
    const guest: Guest = { id: guestId, group: "Inwoners", nickname: "", sessionId: id, sessionTitle: "Ruimte", gemeenteId: gemeente.id, gemeenteName: gemeente.name };
    expect(await guestWorksheetRoom(guest)).toMatchObject({ note: "UNCLEAR" });
    const other = await session({}, {});
    expect(await guestWorksheetRoom({ ...guest, sessionId: other.id })).toBeNull();
  });
});
