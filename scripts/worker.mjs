#!/usr/bin/env node
// `npm run worker`: the job worker on its own (outbox, reminders, retention, nightly
// backup), for setups with several app instances started with WORKER=off. Any number may
// run: pg-boss gives each job to one of them. Uses DATABASE_URL when set; otherwise the
// local embedded database (the running one, if `npm start` runs in another terminal).
import path from "node:path";
import { defaultDataRoot, freePort, runningServerUrl, startPostgres } from "./lib/postgres.mjs";
import { bin, migrateDeploy, projectRoot, watchParent } from "./lib/processes.mjs";
import { spawn } from "node:child_process";

const say = (line) => console.log(`[beraad] ${line}`);

let database = null;
let child = null;
let url = process.env.DATABASE_URL;

async function stop(code) {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
  }
  if (database) await database.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(0));
watchParent(() => void stop(0));

try {
  if (!url) {
    const dataDir = path.join(defaultDataRoot(projectRoot).dir, "postgres");
    url = runningServerUrl(dataDir);
    if (!url) {
      database = await startPostgres({ dataDir, port: await freePort(54329), persistent: true, log: say });
      url = database.url;
      await migrateDeploy(url);
    }
  }
  child = spawn(bin("tsx"), ["scripts/worker.ts"], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  child.on("exit", (code) => void stop(code ?? 1));
} catch (error) {
  console.error(`[beraad] ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
