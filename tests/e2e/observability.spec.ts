import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { freePort } from "./nginx";
import { OwnServer } from "./own-server";

// Tracing and the log level, on app instances of their own (README, "Running it for a
// gemeente": logs and tracing). A small OTLP/HTTP collector stands in for the real one.

type Received = { path: string; body: string };

async function collector() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body });
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { received, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

/** The names of the spans in OTLP/JSON export requests, with their service name. */
function spans(received: Received[]): { service: string; name: string }[] {
  return received.flatMap(({ body }) => {
    const payload = JSON.parse(body) as {
      resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { name: string }[] }[] }[];
    };
    return payload.resourceSpans.flatMap((rs) => {
      const service = rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "";
      return rs.scopeSpans.flatMap((ss) => ss.spans.map((span) => ({ service, name: span.name })));
    });
  });
}

test("with TRACING=otlp every request's spans reach the collector under the service name", async () => {
  test.setTimeout(120_000);
  const otlp = await collector();
  const server = new OwnServer(await freePort(), { TRACING: "otlp", OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_SERVICE_NAME: "beraad-e2e" });
  try {
    await server.start();
    expect((await fetch(`${server.url}/inloggen`)).status).toBe(200);
    await expect.poll(() => spans(otlp.received).map((s) => s.name).join("\n"), { timeout: 15_000 }).toMatch(/GET \/inloggen/);
    expect(otlp.received.every((r) => r.path === "/v1/traces")).toBe(true);
    expect(new Set(spans(otlp.received).map((s) => s.service))).toEqual(new Set(["beraad-e2e"]));
    expect(server.logLines().some((line) => line.msg === "OpenTelemetry tracing on")).toBe(true);
  } finally {
    await server.stop();
    await otlp.close();
  }
});

test("by default nothing is traced; LOG_LEVEL is the switch: warn leaves request lines out, debug adds health checks", async () => {
  test.setTimeout(120_000);
  const otlp = await collector();
  const quiet = new OwnServer(await freePort(), { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, LOG_LEVEL: "warn" });
  try {
    await quiet.start();
    expect((await fetch(`${quiet.url}/inloggen`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // longer than the exporter's 1 s batch delay
    expect(otlp.received).toEqual([]);
    expect(quiet.logLines().filter((line) => line.msg === "request")).toEqual([]);
  } finally {
    await quiet.stop();
    await otlp.close();
  }
  // The instance under test runs at the default level: its requests are logged (checked in
  // detail behind nginx in load-balancer.spec.ts); here: the level really is the switch.
  const chatty = new OwnServer(await freePort(), { LOG_LEVEL: "debug" });
  try {
    await chatty.start();
    await fetch(`${chatty.url}/inloggen?email=geheim%40voorbeeld.nl`);
    await expect.poll(() => chatty.logLines().filter((line) => line.msg === "request").map((line) => line.path)).toContain("/inloggen");
    // At debug the load balancer's health checks are logged too (at info they are left out).
    expect(chatty.logLines().some((line) => line.msg === "request" && line.path === "/api/health/ready" && line.level === 20)).toBe(true);
    expect(chatty.log).not.toContain("geheim");
  } finally {
    await chatty.stop();
  }
});
