import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { RUNTIME_FILE } from "./helpers";

/** The throwaway database and secret of the app under test (written by scripts/start.mjs). */
export function runtime() {
  return JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string; secret: string };
}

/**
 * A second app instance of our own on the test database (the production build,
 * served by scripts/serve.mjs as scripts/start.mjs does), so a test can kill it
 * or configure it without touching the instance the other tests use. Its stdout
 * (the JSON log) is kept.
 */
export class OwnServer {
  private child: ChildProcess | null = null;
  log = "";

  constructor(
    readonly port: number,
    /** Extra environment, e.g. TRUSTED_PROXIES. */
    private readonly env: Record<string, string> = {},
    /**
     * `serve`: scripts/serve.mjs alone. `start`: scripts/start.mjs --no-build on the test's
     * DATABASE_URL, as deploy/systemd/beraad@.service runs it (migrations, library sync, then serve).
     */
    private readonly via: "serve" | "start" = "serve",
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start() {
    if (this.child) return;
    const { databaseUrl, secret } = runtime();
    // Its own process group, so a kill reaches every process of the server.
    const command = this.via === "start" ? [path.join("scripts", "start.mjs"), "--no-build", "--port", String(this.port), "--host", "127.0.0.1"] : [path.join("scripts", "serve.mjs"), "--port", String(this.port), "--hostname", "127.0.0.1"];
    this.child = spawn(process.execPath, command, {
      // BERAAD_RUNTIME_FILE empty: the start script must not remove the main instance's file when it stops.
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: this.url, BERAAD_RUNTIME_FILE: "", ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.child.stdout!.on("data", (chunk) => (this.log += chunk));
    this.child.stderr!.on("data", (chunk) => (this.log += chunk));
    const child = this.child;
    await expect
      .poll(async () => {
        if (child.exitCode !== null) throw new Error(`The app instance on port ${this.port} exited (${child.exitCode}):\n${this.log.slice(-3000)}`);
        return (await fetch(`${this.url}/api/health/ready`).catch(() => null))?.status;
      }, { timeout: 90_000 })
      .toBe(200);
  }

  /** Stops the server; with SIGKILL it gets no chance to finish anything. */
  get running() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The JSON lines of its log (scripts/serve.mjs and lib/log.ts), parsed; other lines skipped. */
  logLines(): Record<string, unknown>[] {
    return this.log.split("\n").flatMap((line) => {
      if (!line.startsWith("{")) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  async stop(signal: NodeJS.Signals = "SIGTERM") {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, signal);
    await exited;
    this.child = null;
  }
}
