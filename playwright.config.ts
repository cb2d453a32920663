import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The app runs through the same start script as for users, on a throwaway
// database (--ephemeral), against the production build made by `npm test`.
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${PORT}`;
/** Where the app's start script writes its throwaway DATABASE_URL and secret, for a second instance. */
export const RUNTIME_FILE = path.join(os.tmpdir(), `beraad-e2e-${PORT}.json`);

export default defineConfig({
  testDir: "tests/e2e",
  // Files run side by side on E2E_WORKERS workers (each in its own copy of the demo,
  // tests/e2e/demo.ts); the tests of one file run in order.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/start.mjs --ephemeral --port ${PORT}`,
    url: `${BASE_URL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // warn: the per-request log lines would drown the test output; errors still show.
    // ORI_PRIVATE_HOSTS: the recorded ORI fixtures are served on 127.0.0.1.
    env: { NEXTAUTH_URL: BASE_URL, BERAAD_RUNTIME_FILE: RUNTIME_FILE, LOG_LEVEL: "warn", ORI_PRIVATE_HOSTS: "allow" },
  },
});
