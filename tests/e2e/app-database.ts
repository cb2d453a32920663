import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";

/** The throwaway database and secret of the app under test (written by scripts/start.mjs). */
export const RUNTIME_FILE = path.join(os.tmpdir(), `beraad-e2e-${process.env.E2E_PORT ?? 3210}.json`);

/** The app's own throwaway database (written by scripts/start.mjs), for fixtures and row counts. */
export function appDatabase(): PrismaClient {
  const runtime = JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
  return createPrismaClient(runtime.databaseUrl);
}
