#!/usr/bin/env node
// `npm start`: runs Beraad. Without DATABASE_URL it starts an embedded PostgreSQL
// (data kept between runs), applies migrations, seeds the demo gemeente into an
// empty database, builds when the sources changed, and serves the app.
//
//   --dev         next dev instead of a production build
//   --ephemeral   throwaway database, deleted on exit (end-to-end tests, benchmark)
//   --seed-demo   seed the demo gemeente into an empty DATABASE_URL database too
//   --port N      app port (default: PORT, else 3000 or the next free port)
//   --no-build    never build: fail when the build is missing or older than the sources
//                 (production: build once per release, `npm run build`; see deploy/systemd)
//   --host H      address to bind to (default: HOST or 127.0.0.1; 0.0.0.0 for every interface)
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { countRows, defaultDataRoot, freePort, startPostgres, startThrowawayPostgres } from "./lib/postgres.mjs";
import { buildIfNeeded, buildIsCurrent } from "./lib/build.mjs";
import { listenAddress, localUrl } from "./lib/listen.mjs";
import { serverHeapArgs } from "./lib/heap.mjs";
import { bin, migrateDeploy, projectRoot, run, waitForHttp, watchParent } from "./lib/processes.mjs";

const { values: opts } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    ephemeral: { type: "boolean", default: false },
    "seed-demo": { type: "boolean", default: false },
    port: { type: "string" },
    host: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});

const say = (line) => console.log(`[beraad] ${line}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";

let database = null;
let app = null;
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
  }
  if (process.env.BERAAD_RUNTIME_FILE) fs.rmSync(process.env.BERAAD_RUNTIME_FILE, { force: true });
  if (database) {
    say("Stopping PostgreSQL…");
    await database.stop();
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void shutdown(0));
watchParent(() => void shutdown(0));

function localSecret(dataRoot) {
  const file = path.join(dataRoot, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const { host, port, explicit } = listenAddress(process.env, { port: opts.port, host: opts.host });
  // A port that was asked for (PORT, --port) is used or the start fails: a load balancer
  // expects it there. Only the demo's default moves on to the next free one.
  const appPort = explicit ? port : await freePort(port);
  if (appPort !== port) say(`Port ${port} is in use; using ${appPort}.`);

  let databaseUrl = process.env.DATABASE_URL;
  let secret = process.env.NEXTAUTH_SECRET;
  let seed = opts["seed-demo"];

  if (!databaseUrl) {
    seed = true;
    if (opts.ephemeral) {
      database = await startThrowawayPostgres({ log: say });
      secret ??= crypto.randomBytes(32).toString("base64url");
      say(`Throwaway PostgreSQL on port ${database.port} (deleted on exit).`);
    } else {
      const root = defaultDataRoot(projectRoot);
      fs.mkdirSync(root.dir, { recursive: true });
      if (root.moved) {
        say(`This checkout is in a folder PostgreSQL's unprivileged "postgres" user cannot enter,`);
        say(`so the database lives in ${root.dir} instead of .data/ in the checkout.`);
      }
      database = await startPostgres({
        dataDir: path.join(root.dir, "postgres"),
        port: await freePort(54329),
        persistent: true,
        log: say,
      });
      secret ??= localSecret(root.dir);
      say(`Embedded PostgreSQL on port ${database.port}, data in ${database.dataDir}.`);
    }
    databaseUrl = database.url;
  }
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set when DATABASE_URL is set.");

  say("Applying database migrations…");
  await migrateDeploy(databaseUrl);

  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${appPort}`,
    PORT: String(appPort),
    HOST: host,
  };

  const seeded = seed && (await countRows(databaseUrl, "gemeente")) === 0;
  if (seeded) say("Empty database: adding the demo gemeente “Voorbeeld”…");
  // The reference library's shipped cards are product content: synced on every start.
  if ((await run(bin("tsx"), ["prisma/seed.ts", ...(seeded ? ["--demo"] : [])], { env })) !== 0) throw new Error("Seeding failed.");

  if (!opts.dev && opts["no-build"] && !buildIsCurrent()) {
    throw new Error("The production build is missing or older than the sources: run `npm run build` (as the user who owns the checkout), then start again.");
  }
  if (!opts.dev) await buildIfNeeded(say);

  // scripts/serve.mjs: Next's own server, plus the socket address in X-Forwarded-For.
  // With a heap cap (scripts/lib/heap.mjs) unless NODE_OPTIONS sets one.
  const heap = serverHeapArgs({ dev: opts.dev });
  app = spawn(process.execPath, [...heap, path.join(projectRoot, "scripts", "serve.mjs"), "--port", String(appPort), "--hostname", host, ...(opts.dev ? ["--dev"] : [])], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  app.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 1)));

  await waitForHttp(`${localUrl({ host, port: appPort })}/api/health/ready`, 120000);
  // Tests that start a second app instance on the same database read these from here.
  if (opts.ephemeral && process.env.BERAAD_RUNTIME_FILE) {
    fs.writeFileSync(process.env.BERAAD_RUNTIME_FILE, JSON.stringify({ databaseUrl, secret }), { mode: 0o600 });
  }
  say("");
  say(`Beraad runs at ${env.NEXTAUTH_URL} (listening on ${host}:${appPort})`);
  if (seeded || (database && !opts.ephemeral)) {
    say("Demo accounts (password for all: beraad-demo):");
    for (const who of ["beheerder", "griffier", "facilitator", "raadslid1 … raadslid5"]) {
      say(`  ${who}@voorbeeld.nl`);
    }
    say("  griffier@rivierdal.nl (griffier of Rivierdal, facilitator in Voorbeeld: switch between gemeenten)");
  }
  say("Stop with Ctrl-C.");
}

main().catch(async (error) => {
  console.error(`[beraad] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
