// "Build if needed": a production build is current when .next/BUILD_ID is newer
// than every source file that goes into it.
import fs from "node:fs";
import path from "node:path";
import { bin, projectRoot, run } from "./processes.mjs";

const SOURCES = [
  "app", "components", "lib", "messages", "public", "next.config.mjs", "package-lock.json", "prisma/schema.prisma",
  // Root files that go into the build too: a change to the proxy alone must rebuild.
  "proxy.ts", "instrumentation.ts", "instrumentation-client.ts",
];

function newestSourceChange() {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(projectRoot, source));
  return newest;
}

export function buildIsCurrent() {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceChange();
}

/** Builds the production app unless the existing build is current. */
export async function buildIfNeeded(say) {
  if (buildIsCurrent()) return;
  say("Building the app (first run or changed sources)…");
  if ((await run(bin("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } })) !== 0) {
    throw new Error("next build failed.");
  }
}
