// Child-process helpers shared by the start, test and benchmark runners.
import { spawn } from "node:child_process";
import path from "node:path";

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name);

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, { env = {}, cwd = projectRoot } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Applies Prisma migrations. Prisma's WASM engine leaves a timer that keeps the
 * CLI alive for ~10 s after it succeeded, so stop it once it says it is done.
 */
export function migrateDeploy(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("prisma"), ["migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let output = "";
    let done = false;
    const onData = (chunk) => {
      output += chunk;
      if (!done && /successfully applied|No pending migrations/i.test(output)) {
        done = true;
        child.kill("SIGTERM");
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (done) return;
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed:\n${output}`));
    });
  });
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Calls `onGone` when the parent process dies (e.g. SIGKILL to `npm start`). */
export function watchParent(onGone) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) onGone();
  }, 1000);
  timer.unref();
}
