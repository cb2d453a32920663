import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

/** The migrations shipped with this version of the app (one folder each, as Prisma lays them out). */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type MigrationStatus = {
  /** Migration folders shipped with the app. */
  files: number;
  /** Of those, applied successfully. */
  applied: number;
  /** Shipped but not applied: the app expects tables the database does not have yet. */
  pending: string[];
  /** Started and not finished nor rolled back: `prisma migrate deploy` stopped halfway. */
  failed: string[];
};

function shippedMigrations(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Compares the shipped migration folders with Prisma's record of what the database has applied. */
export async function migrationStatus(dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const files = shippedMigrations(dir);
  const rows = await db().$queryRaw<{ migration_name: string; finished: boolean; rolled_back: boolean }[]>`
    SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
    FROM _prisma_migrations`;
  const applied = new Set(rows.filter((r) => r.finished && !r.rolled_back).map((r) => r.migration_name));
  return {
    files: files.length,
    applied: files.filter((name) => applied.has(name)).length,
    pending: files.filter((name) => !applied.has(name)),
    failed: rows.filter((r) => !r.finished && !r.rolled_back).map((r) => r.migration_name).sort(),
  };
}
