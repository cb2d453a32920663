#!/usr/bin/env node
// `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup`
// with pg_restore, in one transaction (a failed restore changes nothing).
// Target: the database of DATABASE_URL, or the embedded one; `--database NAME`
// restores into another database on the same server instead (created when missing).
// A target that already holds tables is only replaced after confirmation: typing
// its name at the prompt, or --force.
//
//   --database NAME   restore into this database on the same server
//   --force           replace a non-empty database without asking
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { clientConnection, databaseName, describeContents, openDatabase, requireClientTool, withDatabase } from "./lib/database.mjs";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { database: { type: "string" }, force: { type: "boolean", default: false } },
});
const say = (line) => console.log(`[restore] ${line}`);

class Refused extends Error {}

async function createIfMissing(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount > 0) return false;
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

async function confirmReplace(name, contents) {
  const what = `Database "${name}" is not empty (${contents.tables} tables${contents.summary ? `: ${contents.summary}` : ""}).`;
  if (opts.force) {
    say(`${what} Replacing its contents (--force).`);
    return;
  }
  if (!process.stdin.isTTY) {
    throw new Refused(`${what} Nothing was changed. Restore into a new database with --database <name>, or replace this one with --force.`);
  }
  say(what);
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`[restore] Its contents will be replaced by the backup. Type the database name (${name}) to go on: `);
  prompt.close();
  if (answer.trim() !== name) throw new Refused("Not confirmed; nothing was changed.");
}

let database = null;
try {
  const file = positionals[0];
  if (!file) throw new Refused("Usage: npm run db:restore -- <backup file> [--database <name>] [--force]");
  if (!fs.existsSync(file)) throw new Refused(`No such file: ${file}`);
  say(requireClientTool("pg_restore"));
  try {
    execFileSync("pg_restore", ["--list", file], { stdio: "ignore" });
  } catch {
    throw new Refused(`${file} is not a backup pg_restore can read (make one with npm run db:backup).`);
  }

  database = await openDatabase({ log: say });
  let target = database.url;
  if (opts.database) {
    target = withDatabase(database.url, opts.database);
    if (await createIfMissing(database.url, opts.database)) say(`Created database "${opts.database}".`);
  }
  const name = databaseName(target);
  const before = await describeContents(target);
  if (before.tables > 0) await confirmReplace(name, before);

  say(`Restoring ${file} into "${name}" on ${database.describe}…`);
  const { dbname, env } = clientConnection(target);
  const clean = before.tables > 0 ? ["--clean", "--if-exists"] : [];
  try {
    execFileSync("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...clean, `--dbname=${dbname}`, file], {
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
  } catch {
    throw new Error("pg_restore failed (see above); the restore was rolled back, the database is unchanged.");
  }
  const after = await describeContents(target);
  say(`Restored: ${after.summary || `${after.tables} tables`}.`);
  say("Start Beraad as usual; migrations newer than the backup are applied on start.");
  await database.stop();
} catch (error) {
  console.error(`[restore] ${error instanceof Error ? error.message : error}`);
  await database?.stop();
  process.exit(error instanceof Refused ? 2 : 1);
}
