import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, reachableByOthers, startPostgres } from "@/scripts/lib/postgres.mjs";

// The embedded PostgreSQL of `npm start`, killed without warning (SIGKILL to the
// postmaster, as a power cut or the OOM killer would) while it is taking writes,
// then started again the way `npm start` starts it: every committed write is there.
const base = fs.mkdtempSync(path.join(reachableByOthers(os.tmpdir()) ? os.tmpdir() : "/var/tmp", "beraad-crash-"));
fs.chmodSync(base, 0o755);
const dataDir = path.join(base, "data");
let stopLast: (() => Promise<void>) | undefined;

afterAll(async () => {
  await stopLast?.();
  fs.rmSync(base, { recursive: true, force: true });
});

const postmasterPid = () => Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0], 10);

describe("embedded PostgreSQL after an unclean stop", () => {
  it("starts again after SIGKILL with every acknowledged write intact", { timeout: 60_000 }, async () => {
    const first = await startPostgres({ dataDir, port: await freePort(), persistent: true, log: () => {} });
    const setup = new pg.Client({ connectionString: first.url });
    await setup.connect();
    await setup.query("CREATE TABLE saved (writer int, seq int, PRIMARY KEY (writer, seq))");
    await setup.end();

    // Four writers commit rows one by one; a row counts once its INSERT was acknowledged.
    const acknowledged: { writer: number; seq: number }[] = [];
    const writers = [0, 1, 2, 3].map(async (writer) => {
      const client = new pg.Client({ connectionString: first.url });
      client.on("error", () => {});
      await client.connect();
      for (let seq = 0; ; seq++) {
        try {
          await client.query("INSERT INTO saved VALUES ($1, $2)", [writer, seq]);
        } catch {
          return seq; // the server is gone
        }
        acknowledged.push({ writer, seq });
      }
    });
    while (acknowledged.length < 400) await new Promise((r) => setTimeout(r, 5));
    const pid = postmasterPid();
    process.kill(pid, "SIGKILL");
    const attempted = await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(400);

    const log: string[] = [];
    const second = await startPostgres({ dataDir, port: await freePort(), persistent: true, log: (line: string) => log.push(line) });
    stopLast = second.stop;
    expect(log.join("\n")).toContain(`PostgreSQL (pid ${pid}) was stopped uncleanly`);
    expect(postmasterPid()).not.toBe(pid);

    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    const rows = (await client.query<{ writer: number; seq: number }>("SELECT writer, seq FROM saved")).rows;
    await client.end();
    const stored = new Set(rows.map((r) => `${r.writer}:${r.seq}`));
    const lost = acknowledged.filter((a) => !stored.has(`${a.writer}:${a.seq}`));
    expect(lost).toEqual([]);
    // Nothing appears that was never sent: at most the one unacknowledged insert per writer.
    expect(rows.length).toBeLessThanOrEqual(acknowledged.length + attempted.length);
  });
});
