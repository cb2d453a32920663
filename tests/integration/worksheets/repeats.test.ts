import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { exportSession } from "@/lib/exchange/export-session";
import { importSession } from "@/lib/exchange/import-session";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { runRetentionNow, setRetention } from "@/lib/privacy/retention";
import { loadRaadslidDashboard } from "@/lib/dashboard/dashboard";
import { loadLearningShifts } from "@/lib/learning/learning";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { controlRepeat, openRepeats, sessionRepeats, startRepeat } from "@/lib/worksheets/repeats";
import { worksheetResults } from "@/lib/worksheets/results";
import { worksheetShift, type ShiftCell } from "@/lib/worksheets/shift";
import { createMember } from "@/tests/support/factories";
import { answeredSession, council } from "../privacy/fixtures";

const MOMENTS = [
  { id: "m-later", date: "2028-03-01", subject: "Tweede evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
  { id: "m-eerst", date: "2027-09-01", subject: "Eerste evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
];

async function withMoments(griffier: Actor, sessionId: string) {
  await saveStep(griffier, { sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: MOMENTS } });
}

/** Each raadslid answers the herhaling: rungs[i] for the first actor; the second actor only by the first `second` raadsleden. */
async function answerRepeat(raadsleden: Actor[], sessionId: string, repeatId: string, rungs: Rung[], second: number, promise: "anonymous" | "named" = "anonymous") {
  const { actors } = await myWorksheet(raadsleden[0], sessionId, repeatId);
  for (const [i, rung] of rungs.entries()) {
    await saveAnswer(raadsleden[i], sessionId, { actorId: actors[0].id, rung, motivation: `herhaling ${i}`, promise }, repeatId);
    if (i < second) await saveAnswer(raadsleden[i], sessionId, { actorId: actors[1].id, rung: "REGISSEREN", motivation: "", promise }, repeatId);
  }
}

const shown = (cell: ShiftCell | undefined) => (cell?.status === "shown" ? cell.distribution : cell?.status);

describe("a repeated worksheet's shift over time", () => {
  it("a herhaling has its own answers; the earlier round stays as it was; the shift respects k per round", async () => {
    const { griffier, raadsleden } = await council(); // k = 3, three raadsleden
    const session = await answeredSession(griffier, raadsleden, { label: "R1", anonymous: true, close: false, rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"] });
    const { sessionId } = session;
    await withMoments(griffier, sessionId);

    // Only a closed worksheet is repeated, and only at a moment of step 9.
    await expect(startRepeat(griffier, { sessionId, momentId: "m-eerst" })).rejects.toMatchObject({ code: "REPEAT_NOT_READY" });
    await controlWorksheet(griffier, { sessionId, command: "close" });
    const first = await worksheetResults(griffier, sessionId);
    await expect(startRepeat(griffier, { sessionId, momentId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const later = await startRepeat(griffier, { sessionId, momentId: "m-later" });
    const early = await startRepeat(griffier, { sessionId, momentId: "m-eerst" });
    await expect(startRepeat(griffier, { sessionId, momentId: "m-eerst" })).rejects.toMatchObject({ code: "REPEAT_EXISTS" });
    expect((await sessionRepeats(griffier, sessionId))?.moments.map((m) => [m.momentId, m.repeat?.state])).toEqual([["m-eerst", "OPEN"], ["m-later", "OPEN"]]);

    // Raadsleden find and answer it like the first round: same question, same actors, their own answers.
    expect((await openRepeats(raadsleden[0], sessionId)).map((r) => r.id)).toEqual([early, later]);
    const dashboard = await loadRaadslidDashboard(raadsleden[0], "2027-09-01");
    expect(dashboard.worksheetsToAnswer.filter((w) => w.repeatId).map((w) => w.repeatId).sort()).toEqual([early, later].sort());
    const repeatSheet = await myWorksheet(raadsleden[0], sessionId, early);
    expect(repeatSheet.question).toBe("Vraag R1");
    expect(repeatSheet.actors.map((a) => a.name)).toEqual(session.actors.map((a) => a.name));
    expect(repeatSheet.answers).toEqual([]);
    await answerRepeat(raadsleden, sessionId, early, ["LOSLATEN", "LOSLATEN", "FACILITEREN"], 2);

    // Nothing of the first round changed: answers, publication, figures.
    expect(await worksheetResults(griffier, sessionId)).toEqual(first);
    expect(await db().roleAnswer.count({ where: { worksheet: { sessionId } } })).toBe(6);

    // While open, an anonymous herhaling shows nothing yet; closed, it publishes by the same rules.
    const open = await worksheetShift(griffier, sessionId);
    expect(open?.rounds.map((r) => r.evaluationMomentId)).toEqual([null, "m-eerst", "m-later"]);
    expect(open?.actors[0].cells.map((c) => c.status)).toEqual(["shown", "notPublished", "notPublished"]);
    await controlRepeat(griffier, { sessionId, repeatId: early, command: "close" });
    await expect(saveAnswer(raadsleden[2], sessionId, { actorId: repeatSheet.actors[1].id, rung: "LOSLATEN", motivation: "", promise: "anonymous" }, early)).rejects.toMatchObject({ code: "WORKSHEET_CLOSED" });

    const shift = (await worksheetShift(griffier, sessionId))!;
    expect(shift.minimumGroupSize).toBe(3);
    expect(shift.rounds.map((r) => [r.date, r.respondents])).toEqual([["2027-02-01", 3], ["2027-09-01", 3], ["2028-03-01", 0]]);
    expect(shift.actors.map((a) => a.name)).toEqual(session.actors.map((a) => a.name));
    expect(shown(shift.actors[0].cells[0])).toMatchObject({ REGULEREN: 2, REGISSEREN: 1, LOSLATEN: 0 });
    expect(shown(shift.actors[0].cells[1])).toMatchObject({ REGULEREN: 0, FACILITEREN: 1, LOSLATEN: 2 });
    expect(shift.actors[0].cells[1]).toMatchObject({ mostChosen: ["LOSLATEN"], count: 3 });
    // Two answers to the second actor in the herhaling: fewer than k, so no distribution at all.
    expect(shown(shift.actors[1].cells[0])).toMatchObject({ STIMULEREN: 3 });
    expect(shift.actors[1].cells[1]).toEqual({ status: "tooFew" });
    expect(shift.actors[0].cells[2]).toEqual({ status: "notPublished" });

    // Never who answered: no person's id, name or address, and no motivation, in what the pages get.
    const everything = JSON.stringify(shift);
    for (const m of raadsleden) {
      const user = await db().user.findUniqueOrThrow({ where: { id: m.userId } });
      for (const secret of [m.membershipId, m.userId, user.email]) expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain("herhaling 0");

    // A raadslid sees only released rounds; nothing to compare until two are.
    expect(await worksheetShift(raadsleden[0], sessionId)).toBeNull();
    await controlWorksheet(griffier, { sessionId, command: "release" });
    await controlRepeat(griffier, { sessionId, repeatId: early, command: "release" });
    const theirs = await worksheetShift(raadsleden[0], sessionId);
    expect(theirs?.rounds.map((r) => r.evaluationMomentId)).toEqual([null, "m-eerst"]);
    expect(theirs?.actors[0].cells).toEqual(shift.actors[0].cells.slice(0, 2));
    // The learning page: a raadslid reads it once the griffier shared the session's evaluation.
    expect(await loadLearningShifts(raadsleden[0])).toEqual([]);
    await db().councilSession.update({ where: { id: sessionId }, data: { sharedParts: { push: "EVALUATION" } } });
    expect((await loadLearningShifts(raadsleden[0])).map((s) => s.id)).toEqual([sessionId]);
    expect((await loadLearningShifts(griffier))[0]?.shift).toEqual(shift);
  });

  it("another gemeente cannot start, steer, answer or read a herhaling", async () => {
    const { griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "R2", anonymous: true, rungs: ["REGULEREN", "REGULEREN", "REGULEREN"] });
    await withMoments(griffier, sessionId);
    const repeatId = await startRepeat(griffier, { sessionId, momentId: "m-eerst" });
    const other = await council();
    const outsider = await createMember(other.gemeente, "RAADSLID");
    await expect(startRepeat(other.griffier, { sessionId, momentId: "m-later" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(controlRepeat(other.griffier, { sessionId, repeatId, command: "close" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(myWorksheet(outsider, sessionId, repeatId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await worksheetShift(other.griffier, sessionId)).toBeNull();
    // A raadslid of the same gemeente who is not invited neither.
    const uninvited = await createMember((await db().gemeente.findFirstOrThrow({ where: { memberships: { some: { id: griffier.membershipId } } } })), "RAADSLID");
    await expect(myWorksheet(uninvited, sessionId, repeatId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The herhaling id under another session of the same gemeente is not found either.
    const second = await answeredSession(griffier, raadsleden, { label: "R3", anonymous: true, rungs: ["REGULEREN"] });
    await expect(myWorksheet(raadsleden[0], second.sessionId, repeatId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().roleWorksheet.findUniqueOrThrow({ where: { id: repeatId } })).state).toBe("OPEN");
  });

  it("retention removes each round's answers by its own date and keeps each round's figures", async () => {
    const { beheerder, griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "R4", anonymous: false, date: "2026-01-10", rungs: ["REGULEREN", "REGISSEREN", "REGISSEREN"] });
    await withMoments(griffier, sessionId);
    const early = await startRepeat(griffier, { sessionId, momentId: "m-eerst" }, new Date("2026-03-01T10:00:00Z"));
    const later = await startRepeat(griffier, { sessionId, momentId: "m-later" }, new Date("2027-05-01T10:00:00Z"));
    await answerRepeat(raadsleden, sessionId, early, ["STIMULEREN", "STIMULEREN", "FACILITEREN"], 3, "named");
    await answerRepeat(raadsleden, sessionId, later, ["LOSLATEN", "LOSLATEN", "LOSLATEN"], 3, "named");
    await controlRepeat(griffier, { sessionId, repeatId: early, command: "close" });
    const before = await worksheetShift(griffier, sessionId);
    expect(before?.actors[0].cells.map(shown)).toEqual([
      expect.objectContaining({ REGULEREN: 1, REGISSEREN: 2 }),
      expect.objectContaining({ STIMULEREN: 2, FACILITEREN: 1 }),
      expect.objectContaining({ LOSLATEN: 3 }),
    ]);

    await setRetention(beheerder, { months: 12 });
    const run = await runRetentionNow(beheerder, new Date("2027-06-15T12:00:00Z"));
    // The session (January 2026) and the herhaling opened in March 2026 are past 12 months; the one of May 2027 is not.
    expect(run).toEqual({ worksheets: 2, answersRemoved: 6 + 6 });
    expect(await db().roleAnswer.count({ where: { worksheetId: early } })).toBe(0);
    expect(await db().roleAnswer.count({ where: { worksheetId: later } })).toBe(6);
    const after = await worksheetShift(griffier, sessionId);
    expect(after?.actors).toEqual(before?.actors);
    expect((await db().roleWorksheet.findUniqueOrThrow({ where: { id: early } })).answersPurgedAt).not.toBeNull();
    // A purged round cannot be reopened: its kept figures would no longer match.
    await expect(controlRepeat(griffier, { sessionId, repeatId: early, command: "reopen" })).rejects.toMatchObject({ code: "ANSWERS_PURGED" });
  });
});

describe("the session file carries each herhaling as counts", () => {
  it("exports the herhaling's results beside its moment, below k as null, and imports without it", async () => {
    const { griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "R5", anonymous: true, rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"] });
    await withMoments(griffier, sessionId);
    const repeatId = await startRepeat(griffier, { sessionId, momentId: "m-eerst" });
    await answerRepeat(raadsleden, sessionId, repeatId, ["LOSLATEN", "LOSLATEN", "LOSLATEN"], 1);
    await controlRepeat(griffier, { sessionId, repeatId, command: "close" });
    const file = await exportSession(griffier, sessionId);
    const [repeat, ...more] = file.worksheet?.repeats ?? [];
    expect(more).toEqual([]);
    expect(repeat).toMatchObject({ evaluationMomentId: "m-eerst", state: "GESLOTEN", resultsReleased: false, results: { minimumGroupSize: 3, respondents: 3 } });
    // The first actor: three answers; the second: one (below k, so null); the others none.
    expect(repeat?.results.actors.map((a) => a.council)).toEqual([
      { desired: { REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 3 }, now: null },
      ...Array(repeat!.results.actors.length - 1).fill({ desired: null, now: null }),
    ]);
    expect(JSON.stringify(file)).not.toContain("herhaling 0");
    const imported = await importSession(griffier, JSON.parse(JSON.stringify(file)));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(await db().roleWorksheet.count({ where: { repeatOf: { sessionId: imported.sessionId } } })).toBe(0);
  });
});
