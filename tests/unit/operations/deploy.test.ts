import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIVE_HEARTBEAT_MS } from "@/lib/live/timing";

// The shipped deployment files (deploy/) against the app they front. The load-balancer
// end-to-end test runs them in a real nginx; these are the promises that test cannot wait for.

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), "utf8");
const proxy = read("deploy/nginx/beraad-proxy.conf");

/** The directives of one `location <pattern> { … }` block. */
function location(pattern: string): Map<string, string> {
  const block = new RegExp(`location ${pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\{([^}]*)\\}`).exec(proxy)?.[1];
  if (!block) throw new Error(`no location ${pattern}`);
  return new Map(
    block
      .split(";")
      .map((d) => d.replace(/#.*$/gm, "").trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(" ")]),
  );
}

const seconds = (value: string) => {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(value);
  if (!m) throw new Error(`not a duration: ${value}`);
  return Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? "s"]!;
};

describe("nginx in front of several instances", () => {
  const SSE = "~ ^/[^/]+/sessies/[^/]+/live$";

  it("sends the projector's live stream (and only it) through the unbuffered location", () => {
    const pattern = new RegExp(SSE.slice(2));
    expect(fs.existsSync(path.join(process.cwd(), "app/(app)/[gemeente]/sessies/[sessieId]/live/route.ts"))).toBe(true);
    expect(pattern.test("/voorbeeld/sessies/cmabc123/live")).toBe(true);
    expect(pattern.test("/voorbeeld/sessies/cmabc123/werkblad")).toBe(false);
    expect(pattern.test("/voorbeeld/sessies/cmabc123/live/extra")).toBe(false);
  });

  it("never buffers or compresses the live stream, and waits longer than two heartbeats", () => {
    const live = location(SSE);
    expect(live.get("proxy_buffering")).toBe("off");
    expect(live.get("gzip")).toBe("off");
    expect(seconds(live.get("proxy_read_timeout")!)).toBeGreaterThan((2 * LIVE_HEARTBEAT_MS) / 1000);
  });

  it("passes the host with its port, the scheme, the client address and a request id", () => {
    expect(proxy).toMatch(/proxy_set_header Host \$http_host;/);
    expect(proxy).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
    expect(proxy).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(proxy).toMatch(/proxy_set_header X-Request-Id \$request_id;/);
  });

  it("drops idle upstream connections before the app does (else a POST on one fails with 502)", () => {
    const nginxIdle = /keepalive_timeout (\d+)s;/.exec(read("deploy/nginx/beraad.conf"))?.[1];
    const appIdle = /server\.keepAliveTimeout = ([\d_]+);/.exec(read("scripts/serve.mjs"))?.[1];
    expect(Number(nginxIdle) * 1000).toBeLessThan(Number(appIdle?.replaceAll("_", "")));
  });

  it("lets a session file at the app's limit through to the app, which refuses bigger ones in Dutch", async () => {
    const { ACTION_BODY_LIMIT_BYTES } = await import("@/lib/exchange/limits.mjs");
    const limit = /client_max_body_size (\d+)m;/.exec(proxy);
    expect(Number(limit?.[1]) * 1024 * 1024).toBeGreaterThan(ACTION_BODY_LIMIT_BYTES);
  });
});

describe("systemd units", () => {
  const app = read("deploy/systemd/beraad@.service");
  const worker = read("deploy/systemd/beraad-retention.service");

  it("start scripts that exist, with the configuration from /etc/beraad/beraad.env", () => {
    for (const unit of [app, worker]) {
      const script = /^ExecStart=\/usr\/bin\/node (\S+)/m.exec(unit)?.[1];
      expect(script && fs.existsSync(path.join(process.cwd(), script)), `${script} exists`).toBe(true);
      expect(unit).toMatch(/^EnvironmentFile=\/etc\/beraad\/beraad\.env$/m);
      expect(unit).toMatch(/^User=beraad$/m);
    }
    // The port comes from the instance name as a flag: flags win over PORT from the EnvironmentFile.
    expect(app).toMatch(/scripts\/start\.mjs --no-build --port %i$/m);
    expect(read("scripts/start.mjs")).toContain('"no-build"');
  });

  // systemd's own check, where the machine has it (Debian does; no running systemd needed).
  it.skipIf(!fs.existsSync("/usr/bin/systemd-analyze"))("pass systemd-analyze verify", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beraad-units-"));
    try {
      for (const unit of fs.readdirSync("deploy/systemd")) fs.copyFileSync(path.join("deploy/systemd", unit), path.join(dir, unit.replace("@.service", "@3001.service")));
      const check = spawnSync("/usr/bin/systemd-analyze", ["verify", ...fs.readdirSync(dir).map((unit) => path.join(dir, unit))], { encoding: "utf8" });
      expect(`${check.stdout}${check.stderr}`.trim()).toBe("");
      expect(check.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("run the worker daily from a timer", () => {
    const timer = read("deploy/systemd/beraad-retention.timer");
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* \d\d:\d\d:\d\d$/m);
    expect(timer).toMatch(/^Persistent=true$/m);
  });
});
