import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addAgendaItem } from "@/lib/agenda/agenda";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { db } from "@/lib/db";
import { exportSession } from "@/lib/exchange/export-session";
import { importSession } from "@/lib/exchange/import-session";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const MIGRATION = fs
  .readdirSync(path.join(process.cwd(), "prisma", "migrations"))
  .find((dir) => dir.endsWith("_agenda_oordeelsvorming_and_ris_links"))!;

describe("the council's vocabulary: beeldvorming, oordeelsvorming, besluitvorming", () => {
  it("the database's phases are the council's", async () => {
    const [{ phases }] = await db().$queryRaw<{ phases: string }[]>`SELECT enum_range(NULL::"AgendaPhase")::text AS phases`;
    expect(phases).toBe("{BEELDVORMING,OORDEELSVORMING,BESLUITVORMING}");
  });

  it("the migration renames the value in place: rows that said MENINGVORMING keep their item, now OORDEELSVORMING", async () => {
    const sql = fs.readFileSync(path.join(process.cwd(), "prisma", "migrations", MIGRATION, "migration.sql"), "utf8");
    const rename = sql.split("\n").find((line) => line.startsWith('ALTER TYPE "AgendaPhase"'))!;
    expect(rename).toBe(`ALTER TYPE "AgendaPhase" RENAME VALUE 'MENINGVORMING' TO 'OORDEELSVORMING';`);
    // The same statement on a copy of the old type, with a row in the old value.
    await db().$executeRawUnsafe(`CREATE TYPE "AgendaPhaseOld" AS ENUM ('BEELDVORMING', 'MENINGVORMING', 'BESLUITVORMING')`);
    await db().$executeRawUnsafe(`CREATE TABLE "phase_copy" (id int PRIMARY KEY, phase "AgendaPhaseOld" NOT NULL)`);
    await db().$executeRawUnsafe(`INSERT INTO "phase_copy" VALUES (1, 'MENINGVORMING'), (2, 'BESLUITVORMING')`);
    await db().$executeRawUnsafe(rename.replace('"AgendaPhase"', '"AgendaPhaseOld"'));
    const rows = await db().$queryRawUnsafe<{ id: number; phase: string }[]>(`SELECT id, phase::text AS phase FROM "phase_copy" ORDER BY id`);
    expect(rows).toEqual([{ id: 1, phase: "OORDEELSVORMING" }, { id: 2, phase: "BESLUITVORMING" }]);
    await db().$executeRawUnsafe(`DROP TABLE "phase_copy"; `);
    await db().$executeRawUnsafe(`DROP TYPE "AgendaPhaseOld"`);
  });

  it("a session file written with the old phase MENINGVORMING still imports, as OORDEELSVORMING", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    await addAgendaItem(griffier, id, { title: "Stellingenspel", phase: "OORDEELSVORMING", workMethod: "", goal: "", durationMinutes: 30 });
    const file = JSON.parse(JSON.stringify(await exportSession(griffier, id)));
    expect(file.agenda[0].phase).toBe("OORDEELSVORMING");
    file.agenda[0].phase = "MENINGVORMING";
    const result = await importSession(griffier, file);
    expect(result.ok).toBe(true);
    const imported = await getCouncilSession(griffier, (result as { ok: true; sessionId: string }).sessionId);
    expect(imported.agendaItems.map((i) => i.phase)).toEqual(["OORDEELSVORMING"]);
    // Anything else is still refused.
    file.agenda[0].phase = "MENINGSVORMING";
    expect((await importSession(griffier, file)).ok).toBe(false);
  });
});
