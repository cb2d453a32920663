#!/usr/bin/env node
// `npm run bench`: the production build on a throwaway PostgreSQL with a generated
// data set (50 gemeenten × 20 sessions × 30 raadsleden, every worksheet answered),
// measured with autocannon over real HTTP, side by side with a bare page of the same
// app (no database, no sign-in) and with the framework baseline (bench/baseline: a
// minimal Next.js app of the same version, one dynamic page, no proxy, no i18n, no
// database), both in the same run. Pages are judged as ratios from the same run, so a
// busy machine shifts every side alike.
//
// Targets (PASS/MISS per line; exit code 1 when one is missed):
//   throughput of the bare page .................... ≥ 0.5 × framework baseline (at 10 connections)
//   throughput of each signed-in page .............. ≥ 0.6 × bare (at 10 and at 50 connections)
//   p99 latency at 10 connections .................. ≤ 2 × bare
//   database statements per page request ........... ≤ 3 (pg_stat_statements on the bench's PostgreSQL)
//   first-load JavaScript of the worksheet page .... ≤ baseline's + 15 KB gzip (.next/diagnostics/route-bundle-stats.json)
//   messages in a page ............................. only the keys its routes' client components use (lib/i18n/client-messages.json)
//   live results to 200 projector (SSE) clients .... ≤ 1 s after a submission, for every client
//   app server memory (RSS) after the run ........... < 400 MiB, and a second round adds ≤ 10 %
//   guest load (issue 12) .......................... 300 guests + 37 raadsleden answer within 2 min on one
//                                                    instance, zero errors, zero lost answers, the projector
//                                                    shows each batch within 1 s (scripts/lib/guest-load.mjs)
//
// Environment: BENCH_SECONDS (per measurement, default 10), BENCH_PORT (first port
// tried, default 3600), BENCH_GEMEENTEN / BENCH_SESSIONS / BENCH_RAADSLEDEN
// (data set size), BENCH_SSE_CLIENTS (default 200), BENCH_GUESTS (default 300; 0 skips
// the guest load), BENCH_ONLY_GUESTS=1 (the guest load alone: no page runs, no live rounds).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { hash } from "@node-rs/argon2";
import autocannon from "autocannon";
import pg from "pg";
import { buildBaselineIfNeeded, nextVersion, startBaseline } from "./lib/baseline.mjs";
import { generateBenchData } from "./lib/bench-data.mjs";
import { prepareGuestLoad, runGuestLoad } from "./lib/guest-load.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { serverHeapArgs } from "./lib/heap.mjs";
import { freePort, startThrowawayPostgres } from "./lib/postgres.mjs";
import { migrateDeploy, projectRoot, waitForHttp } from "./lib/processes.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3600);
const SIZE = {
  gemeenten: Number(process.env.BENCH_GEMEENTEN ?? 50),
  sessions: Number(process.env.BENCH_SESSIONS ?? 20),
  raadsleden: Number(process.env.BENCH_RAADSLEDEN ?? 30),
};
const SSE_CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 200);
const GUESTS = Number(process.env.BENCH_GUESTS ?? 300);
const ONLY_GUESTS = Boolean(process.env.BENCH_ONLY_GUESTS);
const PASSWORD = "bench-wachtwoord";
const say = (line) => console.log(`[bench] ${line}`);

/** A free port from FIRST_PORT upwards (these machines share port ranges between people). */
async function portFrom(first) {
  for (let port = first; port < first + 100; port++) if ((await freePort(port)) === port) return port;
  throw new Error(`No free port in ${first}–${first + 99}`);
}

let database = null;
let server = null;
let baseline = null;
let admin = null;
const sseAbort = new AbortController();

async function cleanUp() {
  sseAbort.abort();
  for (const child of [server, baseline]) {
    if (!child || child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
  }
  await admin?.end().catch(() => {});
  await database?.stop();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void cleanUp().then(() => process.exit(130)));

// ---------------------------------------------------------------------------
// HTTP helpers

let base = "";

/** Signs in through next-auth's real credentials flow; returns the cookie header. */
async function signIn(email) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const all = [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!all.some((c) => c.startsWith("next-auth.session-token="))) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return all.join("; ");
}

async function get(pathname, cookie, origin = base) {
  const response = await fetch(origin + pathname, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`);
  return body;
}

function cannon(pathname, cookie, connections, duration, origin = base) {
  return autocannon({
    url: origin + pathname,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
}

// ---------------------------------------------------------------------------
// Measurements

/** Database statements per request: pg_stat_statements over `n` sequential requests (the job worker's polling of pgboss.* left out). */
async function roundTrips(pathname, cookie, n = 5) {
  await admin.query("SELECT pg_stat_statements_reset()");
  for (let i = 0; i < n; i++) await get(pathname, cookie);
  const { rows } = await admin.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query NOT ILIKE '%pgboss.%'`,
  );
  return rows[0].calls / n;
}

/** First-load JavaScript of a route, gzip: the chunks Next lists for it, each gzipped as served. */
function firstLoadJs(route, appDir = projectRoot) {
  const file = path.join(appDir, ".next/diagnostics/route-bundle-stats.json");
  if (!fs.existsSync(file)) return null;
  const entry = JSON.parse(fs.readFileSync(file, "utf8")).find((r) => r.route === route);
  if (!entry) return null;
  let gzip = 0;
  for (const chunk of entry.firstLoadChunkPaths) {
    const inApp = path.join(appDir, chunk);
    gzip += zlib.gzipSync(fs.readFileSync(fs.existsSync(inApp) ? inApp : path.join(projectRoot, chunk)), { level: 9 }).length;
  }
  return gzip / 1024;
}

/** Route id → the key paths its client components use (lib/i18n/client-messages.json). */
function routeMessageKeys() {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, "lib/i18n/client-messages.json"), "utf8"));
}

/**
 * The messages every NextIntlClientProvider of the page is handed, read from the RSC payload
 * in its HTML (the self.__next_f chunks, joined): each object after a provider's
 * `"locale":"…","messages":` prop. A page has one per route on its way (root layout, layout, page).
 */
function providerMessages(html) {
  let flight = "";
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) flight += JSON.parse(m[1]);
  const found = [];
  for (const m of flight.matchAll(/"locale":"[a-z]{2}","messages":\{/g)) {
    const start = m.index + m[0].length - 1;
    let depth = 0;
    let inString = false;
    for (let i = start; i < flight.length; i++) {
      const c = flight[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) {
        found.push(JSON.parse(flight.slice(start, i + 1)));
        break;
      }
    }
  }
  return found;
}

/** Key paths of the messages (a compiled message is a string or an array: a leaf). */
function messageLeaves(messages, prefix = "") {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" && !Array.isArray(value) ? messageLeaves(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/**
 * Messages a page ships that none of its routes' client components use: every leaf of every
 * provider must lie under a key path of one of the page's routes (root layout, layout, page).
 */
function strayMessages(providers, routeIds, routes) {
  if (providers.length === 0) return ["(no provider messages found in the page)"];
  const allowed = routeIds.flatMap((id) => routes[id] ?? []);
  const leaves = providers.flatMap((messages) => messageLeaves(messages));
  return leaves.filter((leaf) => !allowed.some((key) => leaf === key || leaf.startsWith(`${key}.`)));
}

/** Shipped messages of a page: leaves and JSON bytes, all providers together. */
function shippedMessages(providers) {
  return { leaves: providers.reduce((n, m) => n + messageLeaves(m).length, 0), bytes: providers.reduce((n, m) => n + JSON.stringify(m).length, 0) };
}

/** Statements per request by text (top 12), for the report of what a page asks. */
async function statementTexts() {
  const { rows } = await admin.query(
    `SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query NOT ILIKE '%pgboss.%' ORDER BY calls DESC LIMIT 12`,
  );
  return rows;
}

/** RSS of the app server and its children, in MiB. */
function serverRssMiB(pid) {
  try {
    const out = execFileSync("ps", ["-eo", "pid,ppid,rss"], { encoding: "utf8" });
    const rows = out.trim().split("\n").slice(1).map((l) => l.trim().split(/\s+/).map(Number));
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [p, pp] of rows) {
        if (tree.has(pp) && !tree.has(p)) {
          tree.add(p);
          grew = true;
        }
      }
    }
    return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
  } catch {
    return null;
  }
}

/** Where the server's resident memory is (Linux): anonymous (heaps, WASM, buffers) and file-backed (code, libraries). */
function rssParts(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? NaN);
    return `anonymous ${fmt(kb("Anonymous") / 1024, 0)} MiB, file-backed ${fmt((kb("Rss") - kb("Anonymous")) / 1024, 0)} MiB`;
  } catch {
    return "n/a";
  }
}

/**
 * The server's own account of its memory (/bench/memory: V8 heap, external, array buffers), one line.
 * With BENCH_NODE_OPTIONS=--expose-gc a second reading follows a full garbage collection: what the
 * server still holds. BENCH_HEAP_SNAPSHOT=1 writes a heap snapshot with it (scripts/heap-summary.mjs).
 */
async function memoryLine() {
  const line = (m) => {
    const big = Object.entries(m.spaces).filter(([, s]) => s.size >= 1).map(([name, s]) => `${name.replace(/_space$/, "")} ${s.used}/${s.size}`).join(", ");
    return `V8 heap used ${m.heapUsed} of ${m.heapTotal} MiB (${big}); external ${m.external} MiB (array buffers ${m.arrayBuffers}); RSS ${m.rss} MiB`;
  };
  try {
    const m = await (await fetch(`${base}/bench/memory`)).json();
    if (!(process.env.BENCH_NODE_OPTIONS ?? "").includes("--expose-gc")) return line(m);
    const after = await (await fetch(`${base}/bench/memory?gc=1${process.env.BENCH_HEAP_SNAPSHOT ? "&snapshot=1" : ""}`)).json();
    return `${line(m)}\n    after a full GC: ${line(after)}${after.snapshot ? `\n    heap snapshot: ${after.snapshot}` : ""}`;
  } catch (error) {
    return `n/a (${error instanceof Error ? error.message : error})`;
  }
}

/**
 * A server-sent-events client of the projector stream: resolves once connected;
 * `next()` resolves with the time of the next `results` event.
 */
async function sseClient(pathname, cookie, signal = sseAbort.signal) {
  const response = await fetch(base + pathname, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal });
  if (response.status !== 200) throw new Error(`SSE ${pathname} answered ${response.status}`);
  const waiting = [];
  let events = 0;
  let buffer = "";
  const decoder = new TextDecoder();
  (async () => {
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (message.startsWith("event: results")) {
            events++;
            const at = performance.now();
            for (const resolve of waiting.splice(0)) resolve(at);
          }
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  return {
    get events() {
      return events;
    },
    next: () => new Promise((resolve) => waiting.push(resolve)),
  };
}

/**
 * One projector stream that keeps every `results` snapshot with its arrival time;
 * `until(test, ms)` resolves with the arrival time of the first snapshot that passes
 * (one that already arrived counts), or null after `ms`.
 */
async function projectorStream(pathname, cookie) {
  const abort = new AbortController();
  sseAbort.signal.addEventListener("abort", () => abort.abort());
  const response = await fetch(base + pathname, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200) throw new Error(`SSE ${pathname} answered ${response.status}`);
  const seen = [];
  const waiting = new Set();
  (async () => {
    let buffer = "";
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (!message.startsWith("event: results") || !data) continue;
          const entry = { at: performance.now(), snapshot: JSON.parse(data) };
          seen.push(entry);
          for (const w of [...waiting]) if (w.test(entry.snapshot)) w.resolve(entry.at);
        }
      }
    } catch {
      // closed at the end
    }
  })();
  return {
    until(test, ms) {
      const already = seen.find((e) => test(e.snapshot));
      if (already) return Promise.resolve(already.at);
      return new Promise((resolve) => {
        const w = { test, resolve: (at) => (waiting.delete(w), clearTimeout(timer), resolve(at)) };
        const timer = setTimeout(() => w.resolve(null), ms);
        waiting.add(w);
      });
    },
    close: () => abort.abort(),
  };
}

/**
 * Submits an answer the way a phone without JavaScript does: the worksheet's
 * first answer form posted back with its hidden server-action fields.
 */
async function submitAnswer(worksheetPath, cookie, rung) {
  const html = await get(worksheetPath, cookie);
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]).find((f) => f.includes('name="actorId"'));
  if (!form) throw new Error("No form on the worksheet page");
  const body = new FormData();
  for (const input of form.matchAll(/<input([^>]*)>/g)) {
    const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(input[1])?.[1];
    const name = attr("name");
    if (!name || attr("type") === "radio") continue;
    body.append(name, (attr("value") ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  body.append("rung", rung);
  body.append("motivation", `Bench ${Date.now()}`);
  const t0 = performance.now();
  const response = await fetch(base + worksheetPath, { method: "POST", body, headers: { Cookie: cookie, Origin: base }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`Submitting an answer answered ${response.status}`);
  if (process.env.BENCH_DEBUG) say(`  submit: ${response.status} ${[...body.keys()].join(",")}`);
  return t0;
}

// ---------------------------------------------------------------------------

const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(digits));

/** Runs every page at 10 and 50 connections; fills page[10] and page[50]. */
async function loadPages(pages) {
  for (const connections of process.env.BENCH_SKIP_LOAD ? [] : [10, 50]) {
    for (const page of pages) {
      say(`${page.name}: ${connections} connections, ${SECONDS} s…`);
      const r = await cannon(page.path, page.cookie, connections, SECONDS, page.origin);
      if (r.non2xx) throw new Error(`${page.path}: ${r.non2xx} answers were not 2xx`);
      // Errors are timeouts (10 s) on an overloaded machine: reported, counted as not served.
      if (r.errors) say(`  ${r.errors} requests timed out`);
      // Completed requests over the run (autocannon's per-second average reads 0 when responses take longer than a second).
      page[connections] = { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99 };
    }
  }
}

/** SSE_CLIENTS projector streams, then three submissions; the worst delay until every client has the new results (null: > 15 s). */
async function liveRound(session, griffier, raadsleden) {
  // The worksheet is anonymous and open: the projector moves only when someone new answers
  // (its respondent count). So the three who submit below have no answers at the start.
  await admin.query("DELETE FROM role_answer WHERE worksheet_id = 'bw-1-1' AND membership_id = ANY($1)", [["bm-1-2", "bm-1-3", "bm-1-4"]]);
  const abort = new AbortController();
  sseAbort.signal.addEventListener("abort", () => abort.abort());
  const clients = [];
  for (let i = 0; i < SSE_CLIENTS; i += 20) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(20, SSE_CLIENTS - i) }, () => sseClient(`${session}/live`, griffier, abort.signal)))));
  }
  const deadline = Date.now() + 60000;
  while (clients.some((c) => c.events === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const delays = [];
  for (const [i, rung] of ["LOSLATEN", "REGULEREN", "STIMULEREN"].entries()) {
    await new Promise((r) => setTimeout(r, 1000));
    const arrivals = clients.map((c) => c.next());
    const submitted = await submitAnswer(`${session}/werkblad`, raadsleden[i], rung);
    const times = await Promise.race([Promise.all(arrivals), new Promise((r) => setTimeout(() => r(null), 15000))]);
    const worst = times ? Math.max(...times) - submitted : null;
    delays.push(worst);
    say(`  submission ${i + 1}: last of ${SSE_CLIENTS} clients updated after ${worst === null ? "> 15000" : fmt(worst, 0)} ms`);
  }
  abort.abort();
  return delays.includes(null) ? null : Math.max(...delays);
}

try {
  await buildIfNeeded(say);
  await buildBaselineIfNeeded(say);
  const appPort = await portFrom(FIRST_PORT);
  const dbPort = await portFrom(appPort + 1);
  const baselinePort = await portFrom(dbPort + 1);
  base = `http://127.0.0.1:${appPort}`;
  const baselineBase = `http://127.0.0.1:${baselinePort}`;

  say(`Throwaway PostgreSQL on port ${dbPort}, with pg_stat_statements…`);
  database = await startThrowawayPostgres({
    port: dbPort,
    log: say,
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" },
  });
  await migrateDeploy(database.url);
  admin = new pg.Client({ connectionString: database.url, application_name: "bench" });
  await admin.connect();
  await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

  let t0 = performance.now();
  const counts = await generateBenchData(admin, { ...SIZE, passwordHash: await hash(PASSWORD) });
  say(
    `Data set: ${counts.gemeenten} gemeenten, ${counts.users} users, ${counts.sessions} sessions, ` +
      `${counts.answers} worksheet answers (generated in ${fmt((performance.now() - t0) / 1000)} s).`,
  );

  // The heap cap npm start uses (scripts/lib/heap.mjs), unless BENCH_NODE_OPTIONS or NODE_OPTIONS sets another.
  const benchNodeOptions = (process.env.BENCH_NODE_OPTIONS ?? "").split(" ").filter(Boolean);
  const heap = serverHeapArgs({ nodeOptions: `${process.env.NODE_OPTIONS ?? ""} ${benchNodeOptions.join(" ")}` });
  server = spawn(process.execPath, [...heap, ...benchNodeOptions, path.join(projectRoot, "scripts", "serve.mjs"), "--port", String(appPort), "--hostname", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      BERAAD_BENCH: "1", // serves /bench/bare, the baseline page
      NEXTAUTH_URL: `http://localhost:${appPort}`,
      PORT: String(appPort),
    },
  });
  baseline = startBaseline(baselinePort);
  await waitForHttp(`${base}/api/health/ready`, 120000);
  await waitForHttp(`${baselineBase}/`, 120000);
  say(`App on ${base}; framework baseline (Next.js ${nextVersion()}) on ${baselineBase}.`);

  // The guest load (issue 12) on gemeente 2's live session, so gemeente 1's pages stay as measured.
  const guestLoad = async () => {
    if (GUESTS <= 0) return null;
    const setup = await prepareGuestLoad(admin, { g: 2, raadsleden: 37, existing: SIZE.raadsleden });
    say(`Guest load: ${GUESTS} guests and 37 raadsleden on ${setup.session} (code ${setup.code}), ${setup.actorIds.length} actors each…`);
    const result = await runGuestLoad({ base, admin, say, signIn, projector: projectorStream, guests: GUESTS, setup });
    const shown = result.delays.map((d) => (d === null ? "> 15000" : fmt(d, 0)));
    say(`  done in ${fmt(result.seconds)} s; ${result.errors} errors; answers in the database: guests ${result.found.guestAnswers}/${result.expected.guestAnswers}, raadsleden ${result.found.memberAnswers}/${result.expected.memberAnswers}; guests joined ${result.found.guests}/${result.expected.guests}`);
    say(`  projector after each batch (ms): ${shown.join(", ")}`);
    return result;
  };
  const guestTargets = (result, target) => {
    if (!result) return;
    const worst = result.delays.includes(null) ? null : Math.max(...result.delays);
    target(`guest load: ${GUESTS} guests + ${result.members} raadsleden within 2 min`, result.seconds <= 120, `${fmt(result.seconds)} s`);
    target("guest load: zero errors", result.errors === 0, `${result.errors} errors`);
    target("guest load: zero lost answers", result.lost === 0 && result.found.guests === result.expected.guests, `${result.lost} lost; ${result.found.guestAnswers + result.found.memberAnswers} of ${result.expected.guestAnswers + result.expected.memberAnswers} answers kept`);
    target("guest load: projector shows each batch ≤ 1 s", worst !== null && worst <= 1000, `${worst === null ? "> 15 s" : `${fmt(worst, 0)} ms`} (worst of ${result.delays.length} batches)`);
  };
  if (ONLY_GUESTS) {
    const result = await guestLoad();
    const results = [];
    guestTargets(result, (name, ok, detail) => results.push({ name, ok, detail }));
    say(`  server RSS after the guest load: ${fmt(serverRssMiB(server.pid), 0)} MiB (${rssParts(server.pid)})`);
    say(`  server memory after the guest load: ${await memoryLine()}`);
    say(`Machine: ${(await import("node:os")).cpus().length} cores, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    for (const r of results) say(`${r.ok ? "PASS" : "MISS"}  ${r.name.padEnd(52)} ${r.detail}`);
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
  } else {

    const griffier = await signIn("griffier@bench-1.nl");
    const raadslid = await signIn("raadslid1@bench-1.nl");
    const submitters = [await signIn("raadslid2@bench-1.nl"), await signIn("raadslid3@bench-1.nl")];
    const session = "/bench-1/sessies/bs-1-1";
    // `routes`: the page's route files under app/ (lib/i18n/client-messages.json), whose client messages it may ship.
    const inGemeente = (page) => ["layout", "(app)/[gemeente]/layout", `(app)/[gemeente]/${page}`];
    const pages = [
      { name: "framework baseline", path: "/", cookie: null, origin: baselineBase },
      { name: "bare page", path: "/bench/bare", cookie: null, routes: ["layout", "bench/bare/page"] },
      // Not judged: the floor of every signed-in page (sign-in check, gemeente layout and header, an empty page).
      { name: "signed-in shell", path: "/bench-1/bench", cookie: griffier, routes: inGemeente("bench/page"), floor: true },
      { name: "session overview", path: session, cookie: griffier, routes: inGemeente("sessies/[sessieId]/page") },
      { name: "worksheet", path: `${session}/werkblad`, cookie: raadslid, routes: inGemeente("sessies/[sessieId]/werkblad/page") },
      { name: "review", path: `${session}/terugblik`, cookie: griffier, routes: inGemeente("sessies/[sessieId]/terugblik/page") },
      { name: "dashboard", path: "/bench-1", cookie: griffier, routes: inGemeente("page") },
      { name: "step page", path: `${session}/stappen/probleem`, cookie: griffier, routes: inGemeente("sessies/[sessieId]/stappen/[stap]/page") },
    ];
    const appPages = pages.filter((p) => !p.origin);

    // Count statements per request with nothing else running (an autocannon run leaves
    // queued requests behind), then warm up (JIT, module loading, connection pool).
    const routes = routeMessageKeys();
    for (const page of pages) {
      Object.assign(page, { 10: { rps: NaN, p50: NaN, p99: NaN }, 50: { rps: NaN, p50: NaN, p99: NaN } });
      const html = await get(page.path, page.cookie, page.origin);
      page.html = { bytes: Buffer.byteLength(html), gzip: zlib.gzipSync(html).length };
      // A page whose payload cannot be read counts as failing, not as passing.
      const providers = page.origin ? [] : providerMessages(html);
      page.strayMessages = page.origin ? [] : strayMessages(providers, page.routes, routes);
      page.messages = page.origin ? null : shippedMessages(providers);
    }
    for (const page of appPages) {
      page.queries = await roundTrips(page.path, page.cookie);
      page.statements = await statementTexts();
    }
    if (process.env.BENCH_SHOW_QUERIES) {
      for (const page of appPages) {
        say(`  statements of ${page.name} (5 requests):`);
        for (const r of page.statements) say(`    ${String(r.calls).padStart(3)} × ${r.query}`);
      }
    }
    for (const page of pages) await cannon(page.path, page.cookie, 10, 2, page.origin);
    await admin.query("SELECT pg_stat_reset()");
    say(`  server RSS after the warm-up: ${fmt(serverRssMiB(server.pid), 0)} MiB (${rssParts(server.pid)}); ${await memoryLine()}`);

    const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
    const rssAfter = [];
    const liveDelays = [];
    for (let round = 1; round <= rounds; round++) {
      say(`Round ${round} of ${rounds}`);
      await loadPages(pages);
      say(`Live: ${SSE_CLIENTS} projector streams…`);
      liveDelays.push(await liveRound(session, griffier, [raadslid, ...submitters]));
      // Give closed streams and sockets a moment, then read the server's memory.
      await new Promise((r) => setTimeout(r, 2000));
      rssAfter.push(serverRssMiB(server.pid));
      say(`  server RSS after round ${round}: ${fmt(rssAfter.at(-1), 0)} MiB (${rssParts(server.pid)})`);
      say(`  server memory after round ${round}: ${await memoryLine()}`);
    }

    const guests = await guestLoad();
    if (guests) {
      await new Promise((r) => setTimeout(r, 2000));
      say(`  server RSS after the guest load: ${fmt(serverRssMiB(server.pid), 0)} MiB (${rssParts(server.pid)})`);
      say(`  server memory after the guest load: ${await memoryLine()}`);
    }

    // Tables read by sequential scan under load hint at a missing index.
    const { rows: scans } = await admin.query(
      "SELECT relname, seq_scan, idx_scan FROM pg_stat_user_tables WHERE seq_scan > 0 ORDER BY seq_scan DESC",
    );
    const seqScans = scans.map((r) => `${r.relname} ${r.seq_scan} (index scans ${r.idx_scan ?? 0})`).join(", ") || "none";

    const rss = rssAfter[0];
    const worstDelay = liveDelays.includes(null) ? null : Math.max(...liveDelays);
    const js = {
      worksheet: firstLoadJs("/[gemeente]/sessies/[sessieId]/werkblad"),
      bare: firstLoadJs("/bench/bare"),
      baseline: firstLoadJs("/", path.join(projectRoot, "bench", "baseline")),
    };

    // -------------------------------------------------------------------------
    const [framework, bare, shell] = pages;
    const ratio = (page, c, key, of = bare) => page[c][key] / of[c][key];
    say("");
    say(`Sequential scans during the page runs: ${seqScans}`);
    say(`Machine: ${(await import("node:os")).cpus().length} cores, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    say(`Figures of the last round (${rounds}).`);
    say("| page | req/s @10 | p50 @10 | p99 @10 | req/s @50 | p50 @50 | p99 @50 | req/s ×bare @10 / @50 | p99 ×bare @10 | req/s ×shell @10 | DB statements/request | HTML (gzip) |");
    say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const page of pages) {
      say(
        `| ${page.name} | ${fmt(page[10].rps, 0)} | ${page[10].p50} ms | ${page[10].p99} ms | ${fmt(page[50].rps, 0)} | ${page[50].p50} ms | ${page[50].p99} ms | ` +
          `${fmt(ratio(page, 10, "rps"), 2)} / ${fmt(ratio(page, 50, "rps"), 2)} | ${fmt(ratio(page, 10, "p99"), 2)} | ${fmt(ratio(page, 10, "rps", shell), 2)} | ${page.origin ? "–" : fmt(page.queries, 1)} | ` +
          `${fmt(page.html.bytes / 1024)} KB (${fmt(page.html.gzip / 1024)} KB) |`,
      );
    }
    say("");

    const results = [];
    const target = (name, ok, detail) => results.push({ name, ok, detail });
    const bareOfFramework = Math.min(ratio(bare, 10, "rps", framework), ratio(bare, 50, "rps", framework));
    target("bare page: throughput ≥ 0.5× framework baseline", bareOfFramework >= 0.5, `${fmt(bareOfFramework, 2)}× (lower of 10 and 50 connections; p99 @10 ${fmt(ratio(bare, 10, "p99", framework), 2)}×)`);
    const shellLow = Math.min(ratio(shell, 10, "rps"), ratio(shell, 50, "rps"));
    say(`The signed-in shell (an empty page in the gemeente's layout) reaches ${fmt(shellLow, 2)}× bare: every signed-in page does this work, and more.`);
    say("");
    for (const page of appPages.slice(1).filter((p) => !p.floor)) {
      const low = Math.min(ratio(page, 10, "rps"), ratio(page, 50, "rps"));
      target(`${page.name}: throughput ≥ 0.6× bare`, low >= 0.6, `${fmt(low, 2)}× (lower of 10 and 50 connections)`);
      target(`${page.name}: p99 @10 ≤ 2× bare`, ratio(page, 10, "p99") <= 2, `${fmt(ratio(page, 10, "p99"), 2)}×`);
    }
    for (const page of appPages) target(`${page.name}: ≤ 3 DB statements`, page.queries <= 3, `${fmt(page.queries, 1)} per request`);
    const jsLimit = js.baseline === null ? null : js.baseline + 15;
    target(
      "worksheet first-load JS ≤ baseline + 15 KB gzip",
      js.worksheet !== null && jsLimit !== null && js.worksheet <= jsLimit,
      `${fmt(js.worksheet)} KB (baseline ${fmt(js.baseline)} KB, bare page ${fmt(js.bare)} KB)`,
    );
    const stray = appPages.filter((p) => p.strayMessages.length > 0);
    target(
      "no page ships messages its client components do not use",
      stray.length === 0,
      stray.length
        ? stray.map((p) => `${p.name}: ${p.strayMessages.slice(0, 5).join(", ")}${p.strayMessages.length > 5 ? ` (+${p.strayMessages.length - 5})` : ""}`).join("; ")
        : appPages.map((p) => `${p.name} ${p.messages.leaves} (${fmt(p.messages.bytes / 1024)} KB)`).join(", "),
    );
    target(`live results to ${SSE_CLIENTS} SSE clients ≤ 1 s`, worstDelay !== null && worstDelay <= 1000, `${worstDelay === null ? "> 15 s" : `${fmt(worstDelay, 0)} ms`} (worst of ${rounds * 3})`);
    target("server RSS < 400 MiB", rss !== null && rss < 400, `${fmt(rss, 0)} MiB after round 1`);
    if (rounds > 1) {
      const growth = rssAfter.at(-1) / rss - 1;
      target("server RSS flat over another round (≤ +10 %)", growth <= 0.1, `${rssAfter.map((r) => fmt(r, 0)).join(" → ")} MiB (${growth >= 0 ? "+" : ""}${fmt(growth * 100, 0)} %)`);
    }
    guestTargets(guests, target);
    for (const r of results) say(`${r.ok ? "PASS" : "MISS"}  ${r.name.padEnd(52)} ${r.detail}`);
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
  }
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 2;
} finally {
  await cleanUp();
}
