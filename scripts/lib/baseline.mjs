// The framework baseline of `npm run bench`: bench/baseline, a minimal Next.js app of the
// project's own Next.js version (one dynamic page; no proxy, no i18n, no database), built
// with the project's node_modules (nothing downloaded) and served by `next start`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin, projectRoot, run } from "./processes.mjs";

export const baselineDir = path.join(projectRoot, "bench", "baseline");

function newestChange(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === ".next" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the baseline unless its build is newer than its sources and the installed Next.js. */
export async function buildBaselineIfNeeded(say) {
  const buildId = path.join(baselineDir, ".next", "BUILD_ID");
  const nextPackage = path.join(projectRoot, "node_modules", "next", "package.json");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= Math.max(newestChange(baselineDir), fs.statSync(nextPackage).mtimeMs)) return;
  say("Building the framework baseline (bench/baseline)…");
  if ((await run(bin("next"), ["build", baselineDir], { env: { NEXT_TELEMETRY_DISABLED: "1" } })) !== 0) throw new Error("next build of bench/baseline failed.");
}

/** Starts the baseline on 127.0.0.1:port; returns the child process. */
export function startBaseline(port) {
  return spawn(bin("next"), ["start", baselineDir, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** The Next.js version both apps run (the project's own). */
export function nextVersion() {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules", "next", "package.json"), "utf8")).version;
}
