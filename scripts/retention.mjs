#!/usr/bin/env node
// `npm run retention`: applies every gemeente's retention setting for worksheet
// answers (lib/privacy/retention-core.ts), the same job as the beheerder's
// "apply now" button. Uses DATABASE_URL when set (production: run it daily from
// cron or a scheduler on one instance); otherwise the local embedded database,
// also while `npm start` runs in another terminal.
import path from "node:path";
import { defaultDataRoot, freePort, runningServerUrl, startPostgres } from "./lib/postgres.mjs";
import { bin, migrateDeploy, projectRoot, run } from "./lib/processes.mjs";

const say = (line) => console.log(`[beraad] ${line}`);

let database = null;
let url = process.env.DATABASE_URL;
let code = 1;
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
  code = await run(bin("tsx"), ["scripts/retention.ts"], { env: { DATABASE_URL: url } });
} catch (error) {
  console.error(`[beraad] ${error instanceof Error ? error.message : error}`);
} finally {
  if (database) await database.stop();
}
process.exit(code);
