#!/usr/bin/env node
// `npm run retention`: applies every gemeente's retention setting for worksheet
// answers (lib/privacy/retention-core.ts), the same job as the beheerder's
// "apply now" button. Uses DATABASE_URL when set (production: run it daily from
// cron or a scheduler on one instance); otherwise the local embedded database,
// also while `npm start` runs in another terminal.
import { launchTsx } from "./lib/launch-tsx.mjs";

await launchTsx("scripts/retention.ts");
