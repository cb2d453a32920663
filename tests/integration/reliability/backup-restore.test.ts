import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember } from "@/tests/support/factories";

// `npm run db:backup` and `npm run db:restore` as a user runs them (real pg_dump and
// pg_restore against the throwaway server of this test run).
const databaseUrl = process.env.DATABASE_URL!;
const restoredName = `restored_${Date.now()}`;
const restoredUrl = (() => {
  const url = new URL(databaseUrl);
  url.pathname = `/${restoredName}`;
  return url.toString();
})();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "beraad-backup-"));

function npmScript(script: string, args: string[]) {
  const result = spawnSync("node", [`scripts/${script}.mjs`, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const ids = async (url: string, table: string) => (await query<{ id: string }>(url, `SELECT id::text FROM "${table}" ORDER BY id`)).map((r) => r.id);

/** Row counts of every table, by name. */
async function tableCounts(url: string) {
  const tables = await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) counts[tablename] = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${tablename}"`))[0].n;
  return counts;
}

/** Two gemeenten, each with a session whose worksheet three raadsleden answered. */
async function councilData() {
  for (const name of ["Backupstad", "Herstelstad"]) {
    const gemeente = await createGemeente(name);
    const griffier = await createMember(gemeente, "GRIFFIER");
    const raadsleden = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
    const session = await createCouncilSession(griffier, {
      title: `Sessie ${name}`, theme: "jeugdzorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: raadsleden.map((m) => m.membershipId),
    });
    await saveStep(griffier, { sessionId: session.id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } });
    await controlWorksheet(griffier, { sessionId: session.id, command: "open" });
    const actors = (await myWorksheet(raadsleden[0], session.id)).actors;
    for (const raadslid of raadsleden) {
      for (const actor of actors) await saveAnswer(raadslid, session.id, { actorId: actor.id, rung: "FACILITEREN", motivation: `Motivatie van ${raadslid.membershipId}`, promise: "anonymous" });
    }
  }
}

afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  await query(databaseUrl, `DROP DATABASE IF EXISTS "${restoredName}"`);
});

describe("backup and restore", () => {
  it("restores a backup into a fresh database with every session, answer and audit record", async () => {
    await councilData();
    const file = path.join(workDir, "beraad.dump");
    const backup = npmScript("db-backup", ["--output", file]);
    expect(backup.output).toContain("Wrote");
    expect(backup.code).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP"); // pg_dump's custom format

    const restore = npmScript("db-restore", [file, "--database", restoredName]);
    expect(restore.output).toContain(`Created database "${restoredName}"`);
    expect(restore.code).toBe(0);

    // The source really holds what we compare (a backup of nothing would compare equal).
    expect(await db().councilSession.count()).toBe(2);
    expect(await db().roleAnswer.count()).toBe(18);
    expect(await db().auditEvent.count()).toBeGreaterThanOrEqual(4);
    for (const table of ["council_session", "role_answer", "audit_event", "user", "membership"]) {
      expect(await ids(restoredUrl, table), table).toEqual(await ids(databaseUrl, table));
    }
    expect(await tableCounts(restoredUrl)).toEqual(await tableCounts(databaseUrl));
    const answers = "SELECT id, rung::text, motivation, membership_id FROM role_answer ORDER BY id";
    expect(await query(restoredUrl, answers)).toEqual(await query(databaseUrl, answers));
  });

  it("refuses to restore over a database that is not empty, and replaces it with --force", async () => {
    const file = path.join(workDir, "beraad.dump");
    const before = await tableCounts(restoredUrl);
    await query(restoredUrl, "DELETE FROM role_answer WHERE id IN (SELECT id FROM role_answer LIMIT 1)");

    const refused = npmScript("db-restore", [file, "--database", restoredName]);
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(new RegExp(`Database "${restoredName}" is not empty .* Nothing was changed`));
    expect((await tableCounts(restoredUrl)).role_answer).toBe(before.role_answer - 1);

    const forced = npmScript("db-restore", [file, "--database", restoredName, "--force"]);
    expect(forced.code).toBe(0);
    expect(await tableCounts(restoredUrl)).toEqual(before);
  });

  it("refuses a file that is not a backup", () => {
    const file = path.join(workDir, "not-a-backup.dump");
    fs.writeFileSync(file, "hello");
    const refused = npmScript("db-restore", [file, "--database", restoredName]);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("is not a backup pg_restore can read");
  });
});
