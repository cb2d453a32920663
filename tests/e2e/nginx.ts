import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

const DEPLOY = path.join(process.cwd(), "deploy", "nginx");
export const NGINX_HELP = "nginx is missing: `sudo apt-get install -y nginx` (Debian's package; .ci/run installs it).";

/** Debian's nginx binary, or null. */
export function findNginx(): string | null {
  return ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** A port nobody listens on right now, chosen by the system (no fixed ports that collide with other runs). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The shipped upstream block (deploy/nginx/beraad.conf) with these instances instead of its examples. */
function shippedUpstream(ports: number[]): string {
  const site = fs.readFileSync(path.join(DEPLOY, "beraad.conf"), "utf8");
  const upstream = /^upstream beraad_app \{[\s\S]*?^\}/m.exec(site)?.[0];
  if (!upstream) throw new Error("deploy/nginx/beraad.conf has no `upstream beraad_app` block");
  const example = /^\s*server 127\.0\.0\.1:\d+ (.*);$/m.exec(upstream);
  if (!example) throw new Error("deploy/nginx/beraad.conf's upstream names no example server");
  const servers = ports.map((port) => `    server 127.0.0.1:${port} ${example[1]};`).join("\n");
  return upstream.replace(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm, "").replace("{\n", `{\n${servers}\n`);
}

/**
 * A real nginx (Debian's) in front of app instances, in a folder of its own: the upstream of
 * deploy/nginx/beraad.conf and the proxying rules of deploy/nginx/beraad-proxy.conf as shipped,
 * on plain http (TLS is nginx's own business). For the test only, each response names the
 * instance that served it (X-Upstream) and the access log shows it.
 */
export class Nginx {
  private child: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "beraad-nginx-"));
  log = "";

  constructor(
    readonly port: number,
    readonly upstreamPorts: number[],
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  get accessLog() {
    const file = path.join(this.dir, "access.log");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  }

  private config(): string {
    const temp = (name: string) => path.join(this.dir, name);
    return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 2;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} info;
events { worker_connections 512; }
http {
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
${shippedUpstream(this.upstreamPorts)}
  log_format test '$request_method $uri $status upstream=$upstream_addr';
  server {
    listen 127.0.0.1:${this.port};
    access_log ${temp("access.log")} test;
    add_header X-Upstream $upstream_addr always;
    include ${path.join(DEPLOY, "beraad-proxy.conf")};
  }
}
`;
  }

  async start() {
    const binary = findNginx();
    if (!binary) throw new Error(NGINX_HELP);
    const file = path.join(this.dir, "nginx.conf");
    fs.writeFileSync(file, this.config());
    execFileSync(binary, ["-t", "-q", "-e", path.join(this.dir, "error.log"), "-p", this.dir, "-c", file], { stdio: "pipe" });
    this.child = spawn(binary, ["-e", path.join(this.dir, "error.log"), "-p", this.dir, "-c", file, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    this.child.stdout!.on("data", (chunk) => (this.log += chunk));
    this.child.stderr!.on("data", (chunk) => (this.log += chunk));
    await expect.poll(async () => (await fetch(`${this.url}/api/health/live`).catch(() => null))?.status, { timeout: 15_000 }).toBe(200);
  }

  async stop() {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGQUIT"); // graceful: workers finish, then the master exits
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    }
    const errors = path.join(this.dir, "error.log");
    if (fs.existsSync(errors)) this.errors = fs.readFileSync(errors, "utf8").split("\n").filter((line) => line.includes("[error]"));
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** nginx's [error] lines, kept when it stops (refused connections to a killed instance show here). */
  errors: string[] = [];
}

/** Checks the shipped site file as a whole (TLS included) with `nginx -t`, with a throwaway certificate. */
export function checkShippedSite(): string {
  const binary = findNginx();
  if (!binary) throw new Error(NGINX_HELP);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beraad-nginx-t-"));
  try {
    const [cert, key] = [path.join(dir, "cert.pem"), path.join(dir, "key.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=beraad.test", "-days", "1", "-keyout", key, "-out", cert], { stdio: "pipe" });
    const site = fs
      .readFileSync(path.join(DEPLOY, "beraad.conf"), "utf8")
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`)
      .replace("/etc/nginx/snippets/beraad-proxy.conf", path.join(DEPLOY, "beraad-proxy.conf"))
      .replace(/\/var\/log\/nginx\//g, `${dir}/`);
    fs.writeFileSync(path.join(dir, "site.conf"), site);
    fs.writeFileSync(
      path.join(dir, "nginx.conf"),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include ${dir}/site.conf;\n}\n`,
    );
    // nginx -t reports on stderr, success included.
    const check = spawnSync(binary, ["-t", "-e", path.join(dir, "error.log"), "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
    return `${check.stderr}${check.status === 0 ? "" : `(exit ${check.status})`}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
