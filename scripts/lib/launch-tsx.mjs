// The launcher `npm run worker` and `npm run retention` share: use DATABASE_URL when set;
// otherwise the local embedded database (the running one when `npm start` runs in another
// terminal, or one started here, migrated, and stopped again afterwards); then run a tsx
// script with DATABASE_URL set, and exit with its code. Signals (and the parent going away)
// stop the script first, then the database this launcher started.
import { spawn } from "node:child_process";
import path from "node:path";
import { defaultDataRoot, freePort, runningServerUrl, startPostgres } from "./postgres.mjs";
import { bin, migrateDeploy, projectRoot, watchParent } from "./processes.mjs";

const say = (line) => console.log(`[beraad] ${line}`);

/** Runs `script` (relative to the project root) with tsx against the app's database; never returns. */
export async function launchTsx(script) {
  let database = null;
  let child = null;
  let stopping = null;

  const stop = (code) =>
    (stopping ??= (async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      }
      if (database) await database.stop();
      process.exit(code);
    })());

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(0));
  watchParent(() => void stop(0));

  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const dataDir = path.join(defaultDataRoot(projectRoot).dir, "postgres");
      url = runningServerUrl(dataDir);
      if (!url) {
        database = await startPostgres({ dataDir, port: await freePort(54329), persistent: true, log: say });
        url = database.url;
        await migrateDeploy(url);
      }
    }
    child = spawn(bin("tsx"), [script], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
    child.on("error", (error) => {
      console.error(`[beraad] ${error.message}`);
      void stop(1);
    });
    child.on("exit", (code, signal) => void stop(code ?? (signal ? 1 : 0)));
  } catch (error) {
    console.error(`[beraad] ${error instanceof Error ? error.message : error}`);
    await stop(1);
  }
}
