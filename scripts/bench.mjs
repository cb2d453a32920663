#!/usr/bin/env node
// `npm run bench`: measures the production build on a throwaway database and
// compares against our targets. Speed and memory targets live here, not in tests.
//
//   cold start (embedded PostgreSQL + migrate + seed + serve) ..... < 15 s
//   GET /api/health p95 ........................................... < 50 ms
//   GET /inloggen p95 (server-rendered page) ...................... < 150 ms
//   GET session overview p95 (signed in, ten steps + checks) ......... < 250 ms
//   app server memory (RSS) after the run ......................... < 400 MiB
import { execFileSync, spawn } from "node:child_process";
import { buildIfNeeded } from "./lib/build.mjs";
import { freePort } from "./lib/postgres.mjs";
import { projectRoot, waitForHttp } from "./lib/processes.mjs";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const say = (line) => console.log(`[bench] ${line}`);

await buildIfNeeded(say);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const started = performance.now();
const server = spawn(process.execPath, ["scripts/start.mjs", "--ephemeral", "--port", String(port)], {
  cwd: projectRoot,
  stdio: "ignore",
  env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}` },
});

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Signs in through next-auth's real credentials flow; returns the session cookie header. */
async function signIn(email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  return [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function measure(path, cookie) {
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const response = await fetch(base + path, { headers: cookie ? { Cookie: cookie } : {} });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** RSS of the process listening on the app port (the Next.js server), in MiB. */
function serverRssMiB() {
  try {
    const out = execFileSync("ps", ["-eo", "rss,args"], { encoding: "utf8" });
    const line = out.split("\n").find((l) => l.includes("next-server") || (l.includes("next") && l.includes(String(port))));
    return line ? Number(line.trim().split(/\s+/)[0]) / 1024 : null;
  } catch {
    return null;
  }
}

const results = [];
const check = (name, value, target, unit) => {
  results.push({ name, value, target, unit, ok: value !== null && value < target });
};

try {
  await waitForHttp(`${base}/api/health`, 120000);
  check("cold start", (performance.now() - started) / 1000, 15, "s");
  await measure("/inloggen"); // warm up
  const health = await measure("/api/health");
  check("GET /api/health p95", health.p95, 50, "ms");
  const page = await measure("/inloggen");
  check("GET /inloggen p95", page.p95, 150, "ms");
  const cookie = await signIn("griffier@voorbeeld.nl", "beraad-demo");
  const list = await fetch(`${base}/voorbeeld/sessies`, { headers: { Cookie: cookie } }).then((r) => r.text());
  const sessionPath = /href="(\/voorbeeld\/sessies\/[a-z0-9]{20,})"/.exec(list)?.[1];
  if (!sessionPath) throw new Error("Could not sign in or find the demo session");
  await measure(sessionPath, cookie); // warm up
  const overview = await measure(sessionPath, cookie);
  check("GET session overview p95", overview.p95, 250, "ms");
  check("server RSS", serverRssMiB(), 400, "MiB");
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}

for (const r of results) {
  const value = r.value === null ? "n/a" : r.value.toFixed(1);
  say(`${r.ok ? "ok  " : "SLOW"} ${r.name.padEnd(24)} ${value} ${r.unit} (target < ${r.target} ${r.unit})`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
