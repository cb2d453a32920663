#!/usr/bin/env node
// Serves the app: Next's own request handler (the one `next start` and `next dev`
// use) behind a plain Node HTTP server that adds one thing: it appends the
// connection's socket address to X-Forwarded-For, as a reverse proxy does.
// Measured on Next 16: `next start` keeps a client's own X-Forwarded-For and only
// fills in the socket address when there is none, so route handlers, server
// actions and next-auth could not tell a forged address from a real one. Here the
// last entry is always the socket address (read by lib/security/client-address.ts).
//
// It also writes one JSON log line per request (scripts/lib/request-log.mjs) at LOG_LEVEL.
//
//   node scripts/serve.mjs [--port N] [--hostname H] [--dev]     (defaults: PORT, HOST, else 127.0.0.1:3000)
import http from "node:http";
import { parseArgs } from "node:util";
import pino from "pino";
import { listenAddress } from "./lib/listen.mjs";
import { projectRoot } from "./lib/processes.mjs";
import { logRequest } from "./lib/request-log.mjs";

const { values: opts } = parseArgs({
  options: {
    port: { type: "string" },
    hostname: { type: "string" },
    dev: { type: "boolean", default: false },
  },
});
const { host, port } = listenAddress(process.env, { port: opts.port, host: opts.hostname });
opts.hostname = host;
// The same shape as the app's own log (lib/log.ts): one JSON object per line on stdout.
const log = pino({ base: { app: "beraad" }, level: process.env.LOG_LEVEL || "info", timestamp: pino.stdTimeFunctions.isoTime });
process.env.NODE_ENV = opts.dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { default: next } = await import("next");
const app = next({ dev: opts.dev, dir: projectRoot, hostname: opts.hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer(async (req, res) => {
  logRequest(log, req, res);
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
// Idle keep-alive connections stay open longer than a proxy keeps them (nginx's upstream
// keepalive_timeout, 60 s in deploy/nginx/beraad.conf). With Node's default of 5 s the
// server closes a connection nginx is about to reuse; a POST sent on it then fails with
// a 502 that nginx may not repeat (measured in tests/e2e/load-balancer.spec.ts).
server.keepAliveTimeout = 75_000;
server.headersTimeout = 80_000;
server.listen(port, host, () => log.info({ host, port, dev: opts.dev }, `Next.js ${opts.dev ? "dev" : "production"} server listening`));

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
