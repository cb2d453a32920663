#!/usr/bin/env node
// `npm test`: every test. Type check and lint; unit tests; integration tests on a throwaway real
// PostgreSQL (own port and folder, deleted afterwards); end-to-end tests in
// Chromium against the production build on its own throwaway database.
//
//   npm test -- static | unit | integration | e2e    run one layer only
//   npm test -- e2e tests/e2e/live.spec.ts           …with these files (or other runner arguments)
import { buildIfNeeded } from "./lib/build.mjs";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { startThrowawayPostgres } from "./lib/postgres.mjs";
import { bin, migrateDeploy, run } from "./lib/processes.mjs";

const say = (line) => console.log(`[test] ${line}`);
const only = process.argv[2];
// Anything after the layer goes to its runner (vitest or playwright): files, -t, --grep.
const extra = process.argv.slice(3);
const wanted = (layer) => !only || only === layer;
process.env.NEXT_TELEMETRY_DISABLED = "1";

const results = [];

async function layer(name, fn) {
  if (!wanted(name)) return;
  say(`— ${name} —`);
  const code = await fn();
  results.push({ name, ok: code === 0 });
}

await layer("static", async () => {
  const types = await run(bin("tsc"), ["--noEmit"]);
  const lint = await run(bin("eslint"), ["--max-warnings=0", "."]);
  return types || lint;
});

await layer("unit", () => run(bin("vitest"), ["run", "--project", "unit", ...extra]));

await layer("integration", async () => {
  const database = await startThrowawayPostgres({ log: say });
  const stop = () => database.stop();
  process.once("SIGINT", stop);
  try {
    await migrateDeploy(database.url);
    return await run(bin("vitest"), ["run", "--project", "integration", ...extra], { env: { DATABASE_URL: database.url } });
  } finally {
    await stop();
  }
});

await layer("e2e", async () => {
  const chromium = findChromium();
  if (!chromium) {
    console.error(CHROMIUM_HELP);
    return 1;
  }
  await buildIfNeeded(say);
  return run(bin("playwright"), ["test", ...extra], { env: { CHROMIUM_PATH: chromium } });
});

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
say(results.map((r) => `${r.name}: ${r.ok ? "ok" : "FAILED"}`).join(", "));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
