// The database the backup and restore commands work on, and how to hand it to
// PostgreSQL's own client tools (pg_dump, pg_restore).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { defaultDataRoot, freePort, localUrl, startPostgres } from "./postgres.mjs";
import { projectRoot } from "./processes.mjs";

const noop = async () => {};

/**
 * The PostgreSQL server a running embedded Beraad uses: postmaster.pid names its
 * pid and (line 4) its port. Null when no server runs on that data folder.
 */
function runningServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0], 10);
  const port = Number.parseInt(lines[3], 10);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return null;
  }
  return { pid, port };
}

/**
 * DATABASE_URL when set. Otherwise the embedded database of this checkout: the
 * server `npm start` is running (it owns the data folder, so we connect to it),
 * or one we start for the duration of the command. Returns `{ url, describe, stop }`.
 */
export async function openDatabase({ log }) {
  if (process.env.DATABASE_URL) {
    const { hostname, port } = new URL(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, describe: `the server of DATABASE_URL (${hostname}${port ? `:${port}` : ""})`, stop: noop };
  }
  const dataDir = path.join(defaultDataRoot(projectRoot).dir, "postgres");
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(`There is no embedded database in ${dataDir} yet: start Beraad once (npm start), or set DATABASE_URL.`);
  }
  const running = runningServer(dataDir);
  if (running) {
    return { url: localUrl(running.port), describe: `the running embedded PostgreSQL (pid ${running.pid}, port ${running.port})`, stop: noop };
  }
  const server = await startPostgres({ dataDir, port: await freePort(54329), persistent: true, log });
  return { url: server.url, describe: `the embedded PostgreSQL in ${dataDir}`, stop: () => server.stop() };
}

/** The same server with another database name. */
export function withDatabase(url, name) {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * Arguments and environment for pg_dump/pg_restore: the password goes in
 * PGPASSWORD, not on the command line where `ps` would show it.
 */
export function clientConnection(url) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Fails with install instructions when a PostgreSQL client tool is missing. */
export function requireClientTool(name) {
  try {
    return execFileSync(name, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`${name} was not found. Install PostgreSQL's client tools: sudo apt-get install -y postgresql-client`);
  }
}

/** What the database holds: tables outside the system schemas, and Beraad's main records. */
export async function describeContents(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)
    ).rows[0].n;
    const counts = {};
    for (const [label, table] of [["gemeenten", "gemeente"], ["sessions", "council_session"], ["answers", "role_answer"], ["audit events", "audit_event"]]) {
      try {
        counts[label] = (await client.query(`SELECT count(*)::int AS n FROM public."${table}"`)).rows[0].n;
      } catch {
        // table not there (an empty or foreign database)
      }
    }
    return { tables, counts, summary: Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ") };
  } finally {
    await client.end();
  }
}
