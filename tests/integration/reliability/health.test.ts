import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as legacyGET } from "@/app/api/health/route";
import { GET as liveGET } from "@/app/api/health/live/route";
import { GET as readyGET } from "@/app/api/health/ready/route";
import { db } from "@/lib/db";
import { MIGRATIONS_DIR, migrationStatus } from "@/lib/health/migrations";

const shipped = fs.readdirSync(MIGRATIONS_DIR).filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")));
const FAILED = "20991231000000_half_applied";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "beraad-migrations-"));

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await db().$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${FAILED}`;
});

describe("health checks", () => {
  it("live answers 200 without asking anything", async () => {
    const response = liveGET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("ready (and the old /api/health) is 200 when the database is reachable and every shipped migration is applied", async () => {
    expect(shipped.length).toBeGreaterThanOrEqual(5);
    for (const GET of [readyGET, legacyGET]) {
      const response = await GET();
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ status: "ok", database: "reachable", migrations: "applied" });
    }
  });

  it("finds a migration that is shipped but not applied", async () => {
    for (const name of [...shipped, "20991231000000_next_feature"]) {
      fs.mkdirSync(path.join(tmp, name));
      fs.writeFileSync(path.join(tmp, name, "migration.sql"), "SELECT 1;");
    }
    expect(await migrationStatus(tmp)).toMatchObject({ files: shipped.length + 1, applied: shipped.length, pending: ["20991231000000_next_feature"] });
  });

  it("is 503 when a migration failed halfway, without naming it to the (anonymous) caller", async () => {
    await db().$executeRaw`
      INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
      VALUES ('failed-test', 'x', ${FAILED}, now(), 0)`;
    expect(await migrationStatus()).toMatchObject({ failed: [FAILED] });
    for (const GET of [readyGET, legacyGET]) {
      const response = await GET();
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ status: "error", database: "reachable", migrations: "failed" });
      expect(text).not.toContain("half_applied");
      expect(text).not.toMatch(/\d{14}_/);
    }
  });
});
