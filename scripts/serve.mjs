#!/usr/bin/env node
// Serves the app: Next's own request handler (the one `next start` and `next dev`
// use) behind a plain Node HTTP server that adds one thing: it appends the
// connection's socket address to X-Forwarded-For, as a reverse proxy does.
// Measured on Next 16: `next start` keeps a client's own X-Forwarded-For and only
// fills in the socket address when there is none, so route handlers, server
// actions and next-auth could not tell a forged address from a real one. Here the
// last entry is always the socket address (read by lib/security/client-address.ts).
//
//   node scripts/serve.mjs --port N [--hostname H] [--dev]
import http from "node:http";
import { parseArgs } from "node:util";
import { projectRoot } from "./lib/processes.mjs";

const { values: opts } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", default: "127.0.0.1" },
    dev: { type: "boolean", default: false },
  },
});
const port = Number(opts.port);
process.env.NODE_ENV = opts.dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { default: next } = await import("next");
const app = next({ dev: opts.dev, dir: projectRoot, hostname: opts.hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer(async (req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  const peer = req.socket.remoteAddress ?? "";
  req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  try {
    await handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
});
server.listen(port, opts.hostname, () => console.log(`[serve] Next.js ${opts.dev ? "dev" : "production"} server on http://${opts.hostname}:${port}`));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Finish requests in flight; long-lived ones (server-sent events) are cut after a moment.
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3000))]);
  server.closeAllConnections();
  await app.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop());
