#!/usr/bin/env node
// `npm run worker`: the job worker on its own (outbox, reminders, retention, nightly
// backup), for setups with several app instances started with WORKER=off. Any number may
// run: pg-boss gives each job to one of them. Uses DATABASE_URL when set; otherwise the
// local embedded database (the running one, if `npm start` runs in another terminal).
import { launchTsx } from "./lib/launch-tsx.mjs";

await launchTsx("scripts/worker.ts");
