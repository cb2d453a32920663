#!/usr/bin/env node
// `npm run db:backup`: a pg_dump of Beraad's database in PostgreSQL's custom
// format (compressed; pg_restore can restore it selectively). Uses DATABASE_URL
// when set, otherwise the embedded database (the running one, if `npm start` runs).
//
//   --output FILE   where to write (default backups/beraad-<date>-<time>.dump)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { clientConnection, databaseName, describeContents, openDatabase, requireClientTool } from "./lib/database.mjs";
import { projectRoot } from "./lib/processes.mjs";

const { values: opts } = parseArgs({ options: { output: { type: "string" } } });
const say = (line) => console.log(`[backup] ${line}`);

function defaultFile() {
  const pad = (n) => String(n).padStart(2, "0");
  const d = new Date();
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return path.join(projectRoot, "backups", `beraad-${stamp}.dump`);
}

let database = null;
try {
  say(requireClientTool("pg_dump"));
  database = await openDatabase({ log: say });
  say(`Backing up database "${databaseName(database.url)}" on ${database.describe}…`);
  const file = path.resolve(opts.output ?? defaultFile());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name first: a backup that failed halfway never looks complete.
  const partial = `${file}.partial`;
  const { dbname, env } = clientConnection(database.url);
  try {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${dbname}`], { env, stdio: ["ignore", "inherit", "inherit"] });
  } catch {
    fs.rmSync(partial, { force: true });
    throw new Error("pg_dump failed (see above); no backup was written.");
  }
  fs.renameSync(partial, file);
  const contents = await describeContents(database.url);
  const shown = path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file);
  say(`Wrote ${shown} (${(fs.statSync(file).size / 1024).toFixed(1)} KiB): ${contents.summary || `${contents.tables} tables`}.`);
  say(`Restore it with: npm run db:restore -- ${shown}`);
  await database.stop();
} catch (error) {
  console.error(`[backup] ${error instanceof Error ? error.message : error}`);
  await database?.stop();
  process.exit(1);
}
