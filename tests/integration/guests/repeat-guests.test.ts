import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { guestOf, repeatGuestOf, type RepeatGuest } from "@/lib/auth/guest";
import { signGuestToken, signRepeatGuestToken } from "@/lib/auth/guest-token";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { db } from "@/lib/db";
import { joinAsGuest, lookUpCode } from "@/lib/guests/join";
import { joinByCode } from "@/lib/live/join";
import { allowRepeatGuests, repeatGuestPanels, saveRepeatGuestAnswer, repeatGuestWorksheet } from "@/lib/guests/repeats";
import { saveGuestSettings } from "@/lib/guests/settings";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { applyRetention } from "@/lib/privacy/retention-core";
import { saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { controlRepeat, startRepeat } from "@/lib/worksheets/repeats";
import { worksheetShift } from "@/lib/worksheets/shift";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";
import { GROUPS, join, liveSessionWithGuests } from "./fixtures";

// The guest cookies are read through next/headers: a jar per test stands in for the browser.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }) }));

const SECRET = "integration-guest-secret";
const MOMENT = { id: "m-eval", date: "2027-09-01", subject: "Halfjaarlijkse evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" };

beforeEach(() => {
  jar.clear();
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
});
afterEach(() => vi.unstubAllEnvs());

/** A session whose live phase had guests, now AFGEROND, with step 9's moment and its herhaling started (guests on unless told). */
async function repeatedSession({ guests = true, k = 3 } = {}) {
  const live = await liveSessionWithGuests({ k, count: 3 });
  const { griffier, raadsleden, sessionId, actors } = live;
  for (const m of raadsleden) await saveAnswer(m, sessionId, { actorId: actors[0].id, rung: "REGULEREN", motivation: "", promise: "anonymous" });
  const roundOneGuest = await join(live.code, "Inwoners", "Anna");
  await controlWorksheet(griffier, { sessionId, command: "close" });
  await changeSessionStatus(griffier, { sessionId, to: "AFGEROND" });
  await saveStep(griffier, { sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: [MOMENT] } });
  const repeatId = await startRepeat(griffier, { sessionId, momentId: MOMENT.id, guests });
  const repeat = await db().roleWorksheet.findUniqueOrThrow({ where: { id: repeatId }, select: { joinCode: true, actors: { select: { id: true, key: true }, orderBy: { position: "asc" } } } });
  return { ...live, repeatId, repeatCode: repeat.joinCode, repeatActors: repeat.actors, roundOneGuest };
}

/** Joins the herhaling with its code as a phone would, and holds its cookie in the jar. */
async function joinRepeat(code: string, group: string, nickname = ""): Promise<RepeatGuest> {
  const joined = await joinAsGuest({ code, group, nickname }, newClient());
  expect(joined.repeatId).toBeTruthy();
  jar.set("beraad-gast-herhaling", signRepeatGuestToken({ guestId: joined.guestId, repeatId: joined.repeatId!, expiresAt: Date.now() + 3600_000 }, SECRET));
  const guest = await repeatGuestOf(joined.repeatId!);
  expect(guest).not.toBeNull();
  return guest!;
}

const answer = (g: RepeatGuest, actorId: string, rung: Rung, motivation = "") => saveRepeatGuestAnswer(g, { actorId, rung, motivation, promise: "anonymous" });

describe("guests answer a herhaling", () => {
  it("a signed-in raadslid who types the herhaling's code answers as themself, never as a guest; the griffier goes to where it is steered", async () => {
    const { griffier, raadsleden, sessionId, repeatId, repeatCode } = await repeatedSession();
    const session = `/${griffier.gemeenteSlug}/sessies/${sessionId}`;
    expect(await joinByCode(raadsleden[0].userId, repeatCode!)).toBe(`${session}/werkblad/herhaling/${repeatId}`);
    expect(await joinByCode(griffier.userId, repeatCode!.toLowerCase())).toBe(`${session}/terugblik`);
    const elsewhere = await createMember(await createGemeente(), "RAADSLID");
    await expect(joinByCode(elsewhere.userId, repeatCode!)).rejects.toMatchObject({ code: "JOIN_CODE_UNKNOWN" });

    await controlRepeat(griffier, { sessionId, repeatId, command: "close" });
    await expect(joinByCode(raadsleden[0].userId, repeatCode!)).rejects.toMatchObject({ code: "JOIN_CODE_UNKNOWN" });
  });

  it("join with the herhaling's own code, answer and change it while open; closed, nothing more is taken and the cookie opens nothing", async () => {
    const { griffier, sessionId, code, repeatId, repeatCode, repeatActors } = await repeatedSession();
    expect(repeatCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(repeatCode).not.toBe(code);
    // The session's code opens nothing now (its live phase is over); the herhaling's opens the herhaling.
    expect(await lookUpCode(code, newClient())).toBeNull();
    expect(await lookUpCode(repeatCode!.toLowerCase(), newClient())).toMatchObject({ id: sessionId, groups: GROUPS, repeat: { id: repeatId, date: MOMENT.date } });
    await expect(joinAsGuest({ code: repeatCode!, group: "Hackers", nickname: "" }, newClient())).rejects.toMatchObject({ code: "GUEST_GROUP_UNKNOWN" });

    const bram = await joinRepeat(repeatCode!, "Inwoners", "Bram");
    expect(bram).toMatchObject({ repeatId, sessionId, group: "Inwoners", nickname: "Bram" });
    await answer(bram, repeatActors[0].id, "LOSLATEN", "eerst");
    await answer(bram, repeatActors[0].id, "FACILITEREN", "toch anders");
    const rows = await db().guestAnswer.findMany({ where: { worksheetId: repeatId }, select: { rung: true, motivation: true, group: true } });
    expect(rows).toEqual([{ rung: "FACILITEREN", motivation: "toch anders", group: "Inwoners" }]);
    expect((await repeatGuestWorksheet(bram))?.guestAnswers).toMatchObject([{ actorId: repeatActors[0].id, rung: "FACILITEREN" }]);
    // Only the herhaling's own actors; always anonymous.
    const sessionActor = await db().worksheetActor.findFirstOrThrow({ where: { worksheet: { sessionId } }, select: { id: true } });
    await expect(answer(bram, sessionActor.id, "LOSLATEN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveRepeatGuestAnswer(bram, { actorId: repeatActors[0].id, rung: "LOSLATEN", motivation: "", promise: "named" })).rejects.toMatchObject({ code: "PROMISE_CHANGED" });

    await controlRepeat(griffier, { sessionId, repeatId, command: "close" });
    await expect(answer(bram, repeatActors[0].id, "LOSLATEN")).rejects.toMatchObject({ code: "WORKSHEET_CLOSED" });
    expect(await repeatGuestOf(repeatId)).toBeNull();
    expect(await lookUpCode(repeatCode!, newClient())).toBeNull();
    await expect(joinAsGuest({ code: repeatCode!, group: "Inwoners", nickname: "" }, newClient())).rejects.toMatchObject({ code: "JOIN_CODE_UNKNOWN" });
    // The nickname is not kept past the round.
    expect((await db().guest.findUniqueOrThrow({ where: { id: bram.id } })).nickname).toBe("");
    expect((await db().guestAnswer.findFirstOrThrow({ where: { worksheetId: repeatId } })).rung).toBe("FACILITEREN");
  });

  it("a guest of the live phase reaches nothing of the herhaling without joining it, and the reverse", async () => {
    const { sessionId, repeatId, repeatCode, repeatActors, roundOneGuest } = await repeatedSession();
    // Round 1's cookie, even re-signed for the herhaling's id as the live phase's kind, opens nothing of the herhaling.
    jar.set("beraad-gast", signGuestToken({ guestId: roundOneGuest.id, sessionId: repeatId, expiresAt: Date.now() + 3600_000 }, SECRET));
    jar.set("beraad-gast-herhaling", signRepeatGuestToken({ guestId: roundOneGuest.id, repeatId, expiresAt: Date.now() + 3600_000 }, SECRET));
    expect(await repeatGuestOf(repeatId)).toBeNull();
    jar.clear();
    const guest = await joinRepeat(repeatCode!, "Ambtenaren");
    // The herhaling's guest is no guest of the session, even while it were live.
    await db().councilSession.update({ where: { id: sessionId }, data: { status: "LIVE" } });
    jar.set("beraad-gast", signGuestToken({ guestId: guest.id, sessionId, expiresAt: Date.now() + 3600_000 }, SECRET));
    expect(await guestOf(sessionId)).toBeNull();
    await answer(guest, repeatActors[0].id, "REGULEREN");
    expect(await db().guestAnswer.count({ where: { guestId: roundOneGuest.id, worksheetId: repeatId } })).toBe(0);
  });

  it("only while the session lets guests in and the griffier allows it; the cap counts the herhaling's own guests", async () => {
    const { griffier, sessionId, repeatId, raadsleden } = await repeatedSession({ guests: false });
    expect((await db().roleWorksheet.findUniqueOrThrow({ where: { id: repeatId } })).joinCode).toBeNull();
    await expect(allowRepeatGuests(raadsleden[0], { sessionId, repeatId, allowed: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveGuestSettings(griffier, sessionId, { allowed: false, groups: GROUPS, cap: 500 });
    await expect(allowRepeatGuests(griffier, { sessionId, repeatId, allowed: true })).rejects.toMatchObject({ code: "GUESTS_NOT_ALLOWED" });
    // The live phase had one guest; the cap of two is the herhaling's own.
    await saveGuestSettings(griffier, sessionId, { allowed: true, groups: GROUPS, cap: 2 });
    await allowRepeatGuests(griffier, { sessionId, repeatId, allowed: true });
    const panel = (await repeatGuestPanels(griffier, sessionId)).repeats[repeatId];
    expect(panel).toMatchObject({ allowed: true, joined: 0 });
    const code = panel!.code!;
    await joinRepeat(code, "College");
    await joinRepeat(code, "Inwoners");
    await expect(joinAsGuest({ code, group: "Inwoners", nickname: "" }, newClient())).rejects.toMatchObject({ code: "GUESTS_FULL" });
    // Turned off: the code opens nothing and the cookies open nothing; on again: the same code (the slide stays right).
    await allowRepeatGuests(griffier, { sessionId, repeatId, allowed: false });
    expect(await repeatGuestOf(repeatId)).toBeNull();
    expect(await lookUpCode(code, newClient())).toBeNull();
    await allowRepeatGuests(griffier, { sessionId, repeatId, allowed: true });
    expect((await repeatGuestPanels(griffier, sessionId)).repeats[repeatId]).toMatchObject({ allowed: true, code, joined: 2 });
  });

  it("publishes per guest group per round with k, beside the council in the shift, never ids; retention removes the round's answers and guests", async () => {
    const { griffier, raadsleden, sessionId, gemeente, repeatId, repeatCode, repeatActors } = await repeatedSession({ k: 3 });
    for (const m of raadsleden) await saveAnswer(m, sessionId, { actorId: repeatActors[0].id, rung: "STIMULEREN", motivation: "", promise: "anonymous" }, repeatId);
    const inwoners = [await joinRepeat(repeatCode!, "Inwoners"), await joinRepeat(repeatCode!, "Inwoners"), await joinRepeat(repeatCode!, "Inwoners")];
    const ambtenaren = [await joinRepeat(repeatCode!, "Ambtenaren"), await joinRepeat(repeatCode!, "Ambtenaren")];
    for (const g of inwoners) await answer(g, repeatActors[0].id, "LOSLATEN", "persoonlijk verhaal");
    for (const g of ambtenaren) await answer(g, repeatActors[0].id, "REGULEREN");

    // Open: nothing of the herhaling's guests shows yet.
    const open = await worksheetShift(griffier, sessionId);
    const openGuests = open!.actors.find((a) => a.key === repeatActors[0].key)!.guests!;
    expect(openGuests.every((g) => g.cells[1]!.status === "notPublished")).toBe(true);

    await controlRepeat(griffier, { sessionId, repeatId, command: "close" });
    const shift = await worksheetShift(griffier, sessionId);
    const actor = shift!.actors.find((a) => a.key === repeatActors[0].key)!;
    expect(actor.cells[1]).toMatchObject({ status: "shown", count: 3, distribution: { STIMULEREN: 3 } });
    const byGroup = Object.fromEntries(actor.guests!.map((g) => [g.group, g.cells]));
    // Round 1 had one guest (Inwoners): below k. The herhaling: three inwoners shown, two ambtenaren not.
    expect(byGroup.Inwoners).toEqual([{ status: "tooFew" }, expect.objectContaining({ status: "shown", count: 3, distribution: expect.objectContaining({ LOSLATEN: 3 }) })]);
    expect(byGroup.Ambtenaren).toEqual([{ status: "tooFew" }, { status: "tooFew" }]);
    const text = JSON.stringify(shift);
    for (const g of [...inwoners, ...ambtenaren]) expect(text).not.toContain(g.id);
    expect(text).not.toContain("persoonlijk verhaal");

    // Retention by the herhaling's own date: its guests' answers and its guests go, the published figures stay (no motivations).
    const roundOneGuests = await db().guest.count({ where: { sessionId, worksheetId: null } });
    await db().roleWorksheet.update({ where: { id: repeatId }, data: { openedAt: new Date("2020-01-01") } });
    await db().gemeente.update({ where: { id: gemeente.id }, data: { answerRetentionMonths: 12 } });
    await db().councilSession.update({ where: { id: sessionId }, data: { startsAt: new Date(Date.now() + 86400_000) } });
    await applyRetention(db(), { gemeenteId: gemeente.id });
    expect(await db().guestAnswer.count({ where: { worksheetId: repeatId } })).toBe(0);
    expect(await db().guest.count({ where: { worksheetId: repeatId } })).toBe(0);
    // The live phase's guests go with the session's own round, not with the herhaling's.
    expect(await db().guest.count({ where: { sessionId, worksheetId: null } })).toBe(roundOneGuests);
    const { guestPublished } = await db().roleWorksheet.findUniqueOrThrow({ where: { id: repeatId }, select: { guestPublished: true } });
    expect(JSON.stringify(guestPublished)).not.toContain("persoonlijk verhaal");
    const after = (await worksheetShift(griffier, sessionId))!.actors.find((a) => a.key === repeatActors[0].key)!;
    expect(Object.fromEntries(after.guests!.map((g) => [g.group, g.cells[1]!.status]))).toEqual({ Ambtenaren: "tooFew", Inwoners: "shown" });
  });
});
