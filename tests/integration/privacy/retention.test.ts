import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyRetention, retentionCutoff } from "@/lib/privacy/retention-core";
import { privacySettings, runRetentionNow, setRetention } from "@/lib/privacy/retention";
import { worksheetResults } from "@/lib/worksheets/results";
import { answeredSession, council } from "./fixtures";

const NOW = new Date("2027-06-15T12:00:00Z");

const view = async (actor: Parameters<typeof worksheetResults>[0], sessionId: string) => {
  const r = await worksheetResults(actor, sessionId);
  return { respondents: r.respondents, actors: r.actors.map((a) => ({ name: a.name, summary: a.summary, now: a.now, gap: a.gap })) };
};

describe("retention of worksheet answers", () => {
  it("counts months on the calendar", () => {
    expect(retentionCutoff(NOW, 12).toISOString()).toBe("2026-06-15T12:00:00.000Z");
    expect(retentionCutoff(NOW, 1).toISOString()).toBe("2027-05-15T12:00:00.000Z");
  });

  it("removes answers of old sessions only, and the review shows the same results from the snapshot", async () => {
    const { gemeente, beheerder, griffier, raadsleden } = await council();
    const old = await answeredSession(griffier, raadsleden, { label: "OUD", anonymous: true, date: "2026-01-10", rungs: ["LOSLATEN", "REGULEREN", "FACILITEREN"] });
    const oldNamed = await answeredSession(griffier, raadsleden, { label: "OUDNAAM", anonymous: false, date: "2026-02-10", rungs: ["STIMULEREN", "STIMULEREN"], nowRungs: ["REGULEREN", "REGISSEREN"] });
    const recent = await answeredSession(griffier, raadsleden, { label: "NIEUW", anonymous: true, date: "2027-03-01", rungs: ["LOSLATEN"] });
    const forgotten = await answeredSession(griffier, raadsleden, { label: "OPEN", anonymous: true, close: false, date: "2025-12-01", rungs: ["REGISSEREN"] });
    const before = { old: await view(griffier, old.sessionId), oldNamed: await view(griffier, oldNamed.sessionId), recent: await view(griffier, recent.sessionId) };

    expect(await runRetentionNow(beheerder, NOW)).toEqual({ worksheets: 0, answersRemoved: 0 }); // no setting: nothing happens
    await setRetention(beheerder, { months: 12 });
    expect(await privacySettings(beheerder, NOW)).toEqual({ months: 12, due: 3, minimumGroupSize: 3 });

    const run = await runRetentionNow(beheerder, NOW);
    expect(run).toEqual({ worksheets: 3, answersRemoved: 6 + 4 + 2 });

    expect(await view(griffier, old.sessionId)).toEqual(before.old);
    expect(await view(griffier, oldNamed.sessionId)).toEqual(before.oldNamed);
    expect(await view(griffier, recent.sessionId)).toEqual(before.recent);
    const purged = await worksheetResults(griffier, oldNamed.sessionId);
    expect(purged.answersPurgedAt).toEqual(NOW);
    // The named worksheet's snapshot keeps "where is it now" too, so the gap still shows.
    expect(purged.actors[0].now?.distribution).toMatchObject({ REGULEREN: 1, REGISSEREN: 1 });
    expect(purged.actors[0].gap).not.toBeNull();
    expect(purged.actors[0].named).toEqual([]);
    expect(JSON.stringify(purged)).not.toContain("OUDNAAM motivatie");
    expect((await worksheetResults(griffier, old.sessionId)).actors[0].motivations).toEqual([]);

    const left = await db().roleAnswer.groupBy({ by: ["worksheetId"], _count: { _all: true }, where: { worksheet: { session: { gemeenteId: gemeente.id } } } });
    expect(left).toHaveLength(1);
    expect(left[0]._count._all).toBe(2); // the recent session's answers (2 actors × 1 raadslid)
    expect((await db().roleWorksheet.findFirstOrThrow({ where: { sessionId: forgotten.sessionId } })).state).toBe("GESLOTEN");

    const audit = await db().auditEvent.findMany({ where: { gemeenteId: gemeente.id, action: "retention.purge-answers" } });
    expect(audit).toHaveLength(3);
    expect(audit.every((e) => e.actorId === beheerder.userId)).toBe(true);
    expect(await runRetentionNow(beheerder, NOW)).toEqual({ worksheets: 0, answersRemoved: 0 }); // idempotent
  });

  it("applies each gemeente's own setting, and only that", async () => {
    const a = await council();
    const b = await council();
    const oldA = await answeredSession(a.griffier, a.raadsleden, { label: "A", anonymous: true, date: "2026-01-10", rungs: ["LOSLATEN"] });
    const oldB = await answeredSession(b.griffier, b.raadsleden, { label: "B", anonymous: true, date: "2026-01-10", rungs: ["LOSLATEN"] });
    await setRetention(a.beheerder, { months: 6 });

    await applyRetention(db(), { now: NOW });
    expect(await db().roleAnswer.count({ where: { worksheet: { sessionId: oldA.sessionId } } })).toBe(0);
    expect(await db().roleAnswer.count({ where: { worksheet: { sessionId: oldB.sessionId } } })).toBe(2);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { gemeenteId: a.gemeente.id, action: "retention.purge-answers" } });
    expect(audit.actorId).toBeNull(); // the scheduled job acts as nobody in particular
  });

  it("refuses the setting to other roles", async () => {
    const { griffier } = await council();
    await expect(setRetention(griffier, { months: 6 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runRetentionNow(griffier)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("npm run retention applies it against DATABASE_URL", async () => {
    const { beheerder, griffier, raadsleden } = await council();
    const old = await answeredSession(griffier, raadsleden, { label: "SCRIPT", anonymous: true, date: "2020-01-10", rungs: ["LOSLATEN", "REGULEREN"] });
    await setRetention(beheerder, { months: 24 });
    const before = await view(griffier, old.sessionId);

    const result = spawnSync("node", ["scripts/retention.mjs"], { env: { ...process.env }, encoding: "utf8", timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Retention applied: answers of \d+ worksheet\(s\) removed/);
    expect(await db().roleAnswer.count({ where: { worksheet: { sessionId: old.sessionId } } })).toBe(0);
    expect(await view(griffier, old.sessionId)).toEqual(before);
  });
});
