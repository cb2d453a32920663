import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A local stand-in for an Open Raadsinformatie-compatible API, for tests (never
 * the network): `POST /_search` answers with the JSON fixture for the type the
 * query filters on (tests/support/ori-fixtures, in the shape of ORI's
 * Elasticsearch answers). `mode` makes it fail the way a real API does: "down"
 * answers 503, "slow" never answers, "garbage" sends HTML.
 */
export async function startOriServer() {
  // From the project root (vitest and Playwright both run there; __dirname differs once bundled).
  const dir = path.join(process.cwd(), "tests", "support", "ori-fixtures");
  const fixtures = {
    Meeting: fs.readFileSync(path.join(dir, "meetings.json"), "utf8"),
    AgendaItem: fs.readFileSync(path.join(dir, "agenda-items.json"), "utf8"),
  };
  const state = { mode: "ok" as "ok" | "down" | "slow" | "garbage" | "huge", requests: [] as { path: string; body: unknown }[] };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      state.requests.push({ path: req.url ?? "", body });
      if (state.mode === "slow") return; // never answers: the client's timeout decides
      if (state.mode === "down") return void res.writeHead(503, { "Content-Type": "text/plain" }).end("Service Unavailable");
      // A well-formed search answer of some 3 MB: more than any picker needs.
      if (state.mode === "huge") return void res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ hits: { hits: [{ _id: "1", _source: { name: "x".repeat(3 * 1024 * 1024) } }] } }));
      if (state.mode === "garbage") return void res.writeHead(200, { "Content-Type": "text/html" }).end("<html>onderhoud</html>");
      if (req.method !== "POST" || !req.url?.endsWith("/_search")) return void res.writeHead(404).end();
      const type = JSON.stringify(body).includes('"AgendaItem"') ? "AgendaItem" : "Meeting";
      res.writeHead(200, { "Content-Type": "application/json" }).end(fixtures[type]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL a beheerder would configure (an index path, as ORI's). */
    url: `http://127.0.0.1:${port}/v1/elastic/ori_voorbeeld`,
    state,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
