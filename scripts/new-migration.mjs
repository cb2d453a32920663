#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes a migration for the changes in
// prisma/schema.prisma since the last migration. Prisma's `migrate dev` cannot
// run offline (see README), so we diff against the schema snapshot stored with
// the latest migration, on a throwaway PostgreSQL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startThrowawayPostgres } from "./lib/postgres.mjs";
import { bin, projectRoot } from "./lib/processes.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}

const migrationsDir = path.join(projectRoot, "prisma", "migrations");
fs.mkdirSync(migrationsDir, { recursive: true });
const previous = fs
  .readdirSync(migrationsDir)
  .filter((d) => fs.existsSync(path.join(migrationsDir, d, "schema.snapshot")))
  .sort()
  .at(-1);

const database = await startThrowawayPostgres({ log: () => {} });
try {
  const from = previous
    ? ["--from-schema-datamodel", path.join(migrationsDir, previous, "schema.snapshot")]
    : ["--from-empty"];
  const sql = execFileSync(
    bin("prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
  );
  if (/This is an empty migration/.test(sql)) {
    console.log("No schema changes since the last migration.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(path.join(projectRoot, "prisma", "schema.prisma"), path.join(dir, "schema.snapshot"));
    console.log(`Wrote ${path.relative(projectRoot, dir)}/migration.sql`);
  }
} finally {
  await database.stop();
}
process.exit(0);
