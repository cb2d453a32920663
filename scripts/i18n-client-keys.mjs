#!/usr/bin/env node
// `npm run i18n:client-keys`: rewrites lib/i18n/client-messages.json from a scan of the
// client components (scripts/lib/client-message-keys.mjs). A unit test fails when it is stale.
import fs from "node:fs";
import path from "node:path";
import { CLIENT_MESSAGES_FILE, scanClientMessageKeys } from "./lib/client-message-keys.mjs";
import { projectRoot } from "./lib/processes.mjs";

const keys = scanClientMessageKeys(projectRoot);
fs.writeFileSync(path.join(projectRoot, CLIENT_MESSAGES_FILE), `${JSON.stringify(keys, null, 2)}\n`);
console.log(`${CLIENT_MESSAGES_FILE}: ${keys.length} key paths`);
