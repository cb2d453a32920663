#!/usr/bin/env node
// `npm run i18n:client-keys`: rewrites lib/i18n/client-messages.json (route → the key paths
// its client components use) from a scan of the app (scripts/lib/client-message-keys.mjs).
// A unit test fails when it is stale.
import fs from "node:fs";
import path from "node:path";
import { allClientMessageKeys, CLIENT_MESSAGES_FILE, scanClientMessageKeys } from "./lib/client-message-keys.mjs";
import { projectRoot } from "./lib/processes.mjs";

const routes = scanClientMessageKeys(projectRoot);
fs.writeFileSync(path.join(projectRoot, CLIENT_MESSAGES_FILE), `${JSON.stringify(routes, null, 2)}\n`);
console.log(`${CLIENT_MESSAGES_FILE}: ${Object.keys(routes).length} routes, ${allClientMessageKeys(routes).length} key paths in all`);
