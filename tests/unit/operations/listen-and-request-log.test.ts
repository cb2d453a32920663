import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { listenAddress, localUrl } from "@/scripts/lib/listen.mjs";
import { loggablePath, logRequest } from "@/scripts/lib/request-log.mjs";

describe("where the app server listens", () => {
  it("takes HOST and PORT from the environment, flags first", () => {
    expect(listenAddress({ HOST: "0.0.0.0", PORT: "3101" })).toEqual({ host: "0.0.0.0", port: 3101, explicit: true });
    expect(listenAddress({ HOST: "0.0.0.0", PORT: "3101" }, { host: "::", port: "3102" })).toEqual({ host: "::", port: 3102, explicit: true });
  });

  it("refuses a port that is no port, naming the variable", () => {
    for (const bad of ["abc", "0", "70000", "30.5"]) expect(() => listenAddress({ PORT: bad })).toThrow(/PORT/);
  });

  it("reaches a wildcard bind on loopback", () => {
    expect(localUrl({ host: "0.0.0.0", port: 3000 })).toBe("http://127.0.0.1:3000");
    expect(localUrl({ host: "::", port: 3000 })).toBe("http://[::1]:3000");
    expect(localUrl({ host: "10.0.0.5", port: 3000 })).toBe("http://10.0.0.5:3000");
  });
});

describe("request log", () => {
  it("logs the path without its query or secrets", () => {
    expect(loggablePath("/voorbeeld/zoeken?q=jeugdzorg+wijk")).toBe("/voorbeeld/zoeken");
    expect(loggablePath("/api/auth/callback/credentials?code=abc&state=def")).toBe("/api/auth/callback/credentials");
    expect(loggablePath(`/uitnodiging/${"x".repeat(43)}`)).toBe("/uitnodiging/[redacted]");
    expect(loggablePath("/uitnodiging/kort")).toBe("/uitnodiging/[redacted]");
    expect(loggablePath(`/iets/${"aB3_-".repeat(8)}/verder`)).toBe("/iets/[redacted]/verder");
    // Ids (cuid, 25 characters) stay: they are what a log reader needs.
    expect(loggablePath("/voorbeeld/sessies/cmabc123def456ghi789jkl01")).toBe("/voorbeeld/sessies/cmabc123def456ghi789jkl01");
  });

  function fakeExchange(url: string) {
    const lines: { level: string; fields: Record<string, unknown> }[] = [];
    const at = (level: string) => (fields: Record<string, unknown>) => lines.push({ level, fields });
    const logger = { debug: at("debug"), info: at("info"), warn: at("warn") };
    const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false, getHeader: (name: string) => (name === "x-request-id" ? "req-12345678" : undefined) });
    logRequest(logger, { method: "GET", url }, res);
    return { lines, res };
  }

  it("writes one line per request with method, path, status, duration and request id", async () => {
    const { lines, res } = fakeExchange("/voorbeeld/sessies?status=LIVE");
    await new Promise((r) => setTimeout(r, 15));
    res.statusCode = 404;
    res.writableFinished = true;
    res.emit("finish");
    res.emit("close");
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe("info");
    expect(lines[0].fields).toMatchObject({ method: "GET", path: "/voorbeeld/sessies", status: 404, requestId: "req-12345678" });
    expect(lines[0].fields.durationMs).toBeGreaterThanOrEqual(10);
    expect(lines[0].fields).not.toHaveProperty("aborted");
  });

  it("marks a request the client left (a closed live stream), health checks one level down, 5xx as warnings", () => {
    const left = fakeExchange("/voorbeeld/sessies/x/live");
    left.res.emit("close");
    expect(left.lines[0].fields).toMatchObject({ aborted: true });
    const health = fakeExchange("/api/health/ready");
    health.res.emit("finish");
    expect(health.lines[0].level).toBe("debug");
    const failed = fakeExchange("/voorbeeld");
    failed.res.statusCode = 500;
    failed.res.emit("finish");
    expect(failed.lines[0].level).toBe("warn");
  });
});
