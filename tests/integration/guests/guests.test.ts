import { describe, expect, it } from "vitest";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { db } from "@/lib/db";
import { saveGuestAnswer } from "@/lib/guests/answers";
import { joinAsGuest, lookUpCode } from "@/lib/guests/join";
import { guestResults } from "@/lib/guests/results";
import { guestSettings, saveGuestSettings } from "@/lib/guests/settings";
import type { Rung } from "@/lib/preparation/rungs";
import { applyRetention } from "@/lib/privacy/retention-core";
import { saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { worksheetResults } from "@/lib/worksheets/results";
import { newClient } from "@/tests/support/factories";

import { GROUPS, guestAnswer, guestCount, join, liveSessionWithGuests } from "./fixtures";

describe("guests join without an account", () => {
  it("asks nothing but a group of the session's list, refuses bad input without writing, and holds the cap", async () => {
    const { griffier, sessionId, code } = await liveSessionWithGuests();
    await expect(joinAsGuest({ code, group: "Hackers", nickname: "" }, newClient())).rejects.toMatchObject({ code: "GUEST_GROUP_UNKNOWN" });
    await expect(joinAsGuest({ code: "ZZZZZZ", group: "Inwoners", nickname: "" }, newClient())).rejects.toMatchObject({ code: "JOIN_CODE_UNKNOWN" });
    expect(await guestCount(sessionId)).toBe(0);

    const anna = await join(code.toLowerCase(), "Inwoners", "Anna");
    expect(await db().guest.findUniqueOrThrow({ where: { id: anna.id } })).toMatchObject({ group: "Inwoners", nickname: "Anna" });

    await saveGuestSettings(griffier, sessionId, { allowed: true, groups: GROUPS, cap: 2 });
    await join(code, "College");
    await expect(joinAsGuest({ code, group: "Inwoners", nickname: "" }, newClient())).rejects.toMatchObject({ code: "GUESTS_FULL" });
    expect(await guestSettings(griffier, sessionId)).toMatchObject({ allowed: true, cap: 2, joined: 2 });
  });

  it("a crowd joining at once from one address fills the cap exactly, and every save of theirs lands (issue 17: one statement each)", async () => {
    const { griffier, sessionId, code, actors } = await liveSessionWithGuests();
    await saveGuestSettings(griffier, sessionId, { allowed: true, groups: GROUPS, cap: 7 });
    const chamber = newClient();
    const joins = await Promise.allSettled(Array.from({ length: 20 }, () => joinAsGuest({ code, group: "Inwoners", nickname: "" }, chamber)));
    const joined = joins.flatMap((j) => (j.status === "fulfilled" ? [j.value] : []));
    expect(joined).toHaveLength(7);
    expect(joins.filter((j) => j.status === "rejected").map((j) => (j as PromiseRejectedResult).reason.code)).toEqual(Array(13).fill("GUESTS_FULL"));
    expect(await guestCount(sessionId)).toBe(7);
    const guests = joined.map((j) => ({ id: j.guestId, group: "Inwoners", nickname: "", sessionId, sessionTitle: "", gemeenteId: griffier.gemeenteId, gemeenteName: "" }));
    await Promise.all(guests.flatMap((g) => actors.map((a) => guestAnswer(g, a.id, "REGULEREN"))));
    expect(await db().guestAnswer.count({ where: { guest: { sessionId } } })).toBe(7 * actors.length);
  });

  it("opens nothing to guests when the session does not let them in, or is no longer live; wrong codes are limited per client", async () => {
    const { griffier, sessionId, code, actors } = await liveSessionWithGuests();
    const guest = await join(code, "Inwoners", "Bram");
    await saveGuestSettings(griffier, sessionId, { allowed: false, groups: GROUPS, cap: 500 });
    expect(await lookUpCode(code, newClient())).toBe("members");
    await expect(joinAsGuest({ code, group: "Inwoners", nickname: "" }, newClient())).rejects.toMatchObject({ code: "JOIN_CODE_UNKNOWN" });

    await changeSessionStatus(griffier, { sessionId, to: "AFGEROND" });
    await expect(guestAnswer(guest, actors[0].id, "LOSLATEN")).rejects.toMatchObject({ code: "WORKSHEET_CLOSED" });
    // The live phase is over: the nickname is not kept past it.
    expect((await db().guest.findUniqueOrThrow({ where: { id: guest.id } })).nickname).toBe("");

    const client = newClient();
    for (let i = 0; i < 30; i++) expect(await lookUpCode("QQQQQQ", client)).toBeNull();
    await expect(lookUpCode("QQQQQQ", client)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("council and guest groups side by side", () => {
  it("publishes each guest group per actor only from k answers, beside the council, with whether they recognise its choice", async () => {
    const { griffier, raadsleden, sessionId, code, actors } = await liveSessionWithGuests({ k: 3, count: 3 });
    const council = actors[0];
    for (const m of raadsleden) await saveAnswer(m, sessionId, { actorId: council.id, rung: "FACILITEREN", motivation: "", promise: "anonymous" });
    const inwoners = [await join(code, "Inwoners"), await join(code, "Inwoners"), await join(code, "Inwoners"), await join(code, "Inwoners")];
    const ambtenaren = [await join(code, "Ambtenaren"), await join(code, "Ambtenaren")];
    const inwonersRungs: Rung[] = ["FACILITEREN", "FACILITEREN", "STIMULEREN", "LOSLATEN"];
    for (const [i, g] of inwoners.entries()) await guestAnswer(g, council.id, inwonersRungs[i], `Inwoner ${i}`);
    for (const g of ambtenaren) await guestAnswer(g, council.id, "REGULEREN", "Ambtenaar");
    // A guest changes their answer: still one answer per guest and actor.
    await guestAnswer(inwoners[3], council.id, "FACILITEREN");
    inwonersRungs[3] = "FACILITEREN";

    // While open nothing of the guests is published, as for raadsleden.
    expect((await worksheetResults(griffier, sessionId)).actors[0].guestGroups).toEqual([]);
    await controlWorksheet(griffier, { sessionId, command: "close" });

    const results = await worksheetResults(griffier, sessionId);
    expect(results.respondents).toBe(3); // raadsleden only: guests are counted per group
    const [row] = results.actors;
    expect(row.summary?.distribution.FACILITEREN).toBe(3);
    const byGroup = Object.fromEntries(row.guestGroups.map((g) => [g.group, g]));
    expect(Object.keys(byGroup)).toEqual(["Ambtenaren", "Inwoners"]);
    expect(byGroup.Ambtenaren.summary).toBeNull(); // two ambtenaren: below k, nothing shown
    expect(byGroup.Ambtenaren.motivations).toEqual([]);
    expect(byGroup.Inwoners.summary?.distribution).toEqual({ REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 1, FACILITEREN: 3, LOSLATEN: 0 });
    expect(byGroup.Inwoners.recognition).toMatchObject({ reading: "HERKENNEN", sameRung: 0.75 });
    expect(byGroup.Inwoners.motivations).toEqual(["Inwoner 0", "Inwoner 1", "Inwoner 2"].sort());

    // Guests see the released results only, without a name, with the same k.
    await expect(guestResults(inwoners[0])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await controlWorksheet(griffier, { sessionId, command: "release" });
    const seen = await guestResults(inwoners[0]);
    expect(seen.actors[0].named).toBeNull();
    expect(seen.actors[0].summary?.distribution.FACILITEREN).toBe(3);
    expect(seen.actors[0].guestGroups.find((g) => g.group === "Ambtenaren")?.summary).toBeNull();
  });

  it("keeps guests anonymous on a named worksheet too", async () => {
    const { griffier, raadsleden, sessionId, code, actors } = await liveSessionWithGuests({ k: 3, count: 3, anonymous: false });
    for (const m of raadsleden) await saveAnswer(m, sessionId, { actorId: actors[0].id, rung: "REGULEREN", motivation: "Met naam", promise: "named" });
    for (let i = 0; i < 3; i++) await guestAnswer(await join(code, "College", `Wethouder ${i}`), actors[0].id, "LOSLATEN", "Zonder naam");
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const [row] = (await worksheetResults(griffier, sessionId)).actors;
    expect(row.named?.map((n) => n.rung)).toEqual(["REGULEREN", "REGULEREN", "REGULEREN"]);
    const college = row.guestGroups.find((g) => g.group === "College")!;
    expect(college.summary?.distribution.LOSLATEN).toBe(3);
    expect(college.recognition?.reading).toBe("NIET");
    expect(JSON.stringify(row)).not.toContain("Wethouder");
  });

  it("retention removes the guests and their answers and keeps the published figures without motivations", async () => {
    const { gemeente, griffier, sessionId, code, actors } = await liveSessionWithGuests({ k: 3, count: 0, date: "2025-01-01" });
    for (let i = 0; i < 3; i++) await guestAnswer(await join(code, "Inwoners"), actors[0].id, "STIMULEREN", "Vrije tekst");
    await changeSessionStatus(griffier, { sessionId, to: "AFGEROND" });
    const before = (await worksheetResults(griffier, sessionId)).actors[0].guestGroups[0];
    expect(before.summary?.count).toBe(3);
    await db().gemeente.update({ where: { id: gemeente.id }, data: { answerRetentionMonths: 6 } });
    await applyRetention(db(), { gemeenteId: gemeente.id });
    expect(await db().guestAnswer.count({ where: { worksheet: { sessionId } } })).toBe(0);
    expect(await guestCount(sessionId)).toBe(0);
    const after = (await worksheetResults(griffier, sessionId)).actors[0].guestGroups[0];
    expect(after.summary).toEqual(before.summary);
    expect(after.motivations).toEqual([]);
  });
});

describe("now and desired", () => {
  it("shows where the role is now next to where it should be, with the gap per actor, each from k answers on", async () => {
    const { griffier, raadsleden, sessionId, code, actors } = await liveSessionWithGuests({ k: 3, count: 4 });
    const [council] = actors;
    const pairs: [Rung | undefined, Rung][] = [
      ["REGULEREN", "FACILITEREN"],
      ["REGISSEREN", "FACILITEREN"],
      ["REGULEREN", "STIMULEREN"],
      [undefined, "FACILITEREN"], // "now" left open: counts for the role choice only
    ];
    for (const [i, [now, desired]] of pairs.entries()) await saveAnswer(raadsleden[i], sessionId, { actorId: council.id, nowRung: now, rung: desired, motivation: "", promise: "anonymous" });
    // Two guests say where it is now: below k, so the guests' "now" is not published even when their group is.
    const guests = [await join(code, "Inwoners"), await join(code, "Inwoners"), await join(code, "Inwoners")];
    for (const [i, g] of guests.entries()) await saveGuestAnswer(g, { actorId: council.id, nowRung: i < 2 ? "REGULEREN" : undefined, rung: "LOSLATEN", motivation: "", promise: "anonymous" });
    await controlWorksheet(griffier, { sessionId, command: "close" });

    const [row] = (await worksheetResults(griffier, sessionId)).actors;
    expect(row.now?.distribution).toEqual({ REGULEREN: 2, REGISSEREN: 1, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 });
    expect(row.summary?.count).toBe(4);
    // now: mean 1/3 (reguleren 0, regisseren 1); desired: (3 + 3 + 2 + 3) / 4 = 2.75.
    expect(row.gap?.direction).toBe("LOSSER");
    expect(row.gap?.shift).toBeCloseTo(2.75 - 1 / 3, 5);
    const published = await db().roleWorksheet.findFirstOrThrow({ where: { sessionId }, select: { guestPublished: true } });
    expect(JSON.stringify(published.guestPublished)).not.toContain('"now"');
  });

  it("hides 'now' below k on an anonymous worksheet, even when the role choice is shown", async () => {
    const { griffier, raadsleden, sessionId, actors } = await liveSessionWithGuests({ k: 3, count: 3 });
    for (const [i, m] of raadsleden.entries()) await saveAnswer(m, sessionId, { actorId: actors[0].id, nowRung: i === 0 ? "LOSLATEN" : undefined, rung: "REGULEREN", motivation: "", promise: "anonymous" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const [row] = (await worksheetResults(griffier, sessionId)).actors;
    expect(row.summary?.count).toBe(3);
    expect(row.now).toBeNull();
    expect(row.gap).toBeNull();
  });
});
