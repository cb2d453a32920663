import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { enqueueMail } from "@/lib/mail/outbox";
import { MailCatcher } from "@/tests/support/mail-catcher";

const running: { stop: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const item of running.reverse()) await item.stop();
});

const settings = (smtpUrl: string | null) => ({ mode: "inline" as const, smtp: smtpUrl ? { url: smtpUrl, from: "Beraad <noreply@test.nl>" } : null, backup: null, reminderHour: 7, outboxKeepDays: 30, appUrl: "https://beraad.test" });
const quiet = { pollingIntervalSeconds: 0.5, log: { info() {}, warn() {}, error() {}, child() { return this; } } as never };

describe("the job queue (pg-boss on PostgreSQL)", () => {
  it("runs a job once, however many workers wait for it", async () => {
    const queue = `once-${Date.now()}`;
    const runs: string[] = [];
    const bosses = [new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss" }), new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss" })];
    for (const [i, boss] of bosses.entries()) {
      await boss.start();
      running.push({ stop: () => boss.stop({ graceful: false, wait: true }) });
      await boss.createQueue(queue, { name: queue, policy: "stately" });
      await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        runs.push(`${i}:${job.id}`);
        await new Promise((r) => setTimeout(r, 300));
      });
    }
    const id = await bosses[0].send(queue, {});
    await expect.poll(() => runs.length, { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(new RegExp(`:${id}$`));

    // A stately queue (what the scheduled jobs use) takes no second copy while one is waiting.
    // Checked on a queue nobody works: with workers polling, the first copy may already be
    // active, and then a second one is rightly queued behind it.
    const idle = `${queue}-idle`;
    await bosses[0].createQueue(idle, { name: idle, policy: "stately" });
    expect(await bosses[0].send(idle, {})).not.toBeNull();
    expect(await bosses[1].send(idle, {})).toBeNull();
  });

  it("two workers with the outbox job deliver queued mail at once (LISTEN), each mail once", async () => {
    const smtp = await new MailCatcher().start();
    running.push({ stop: () => smtp.stop() });
    const workers: RunningWorker[] = [await startWorker(env().DATABASE_URL, settings(smtp.url), quiet), await startWorker(env().DATABASE_URL, settings(smtp.url), quiet)];
    running.push(...workers);
    expect(workers[0].jobs.map((job) => job.name)).toEqual(["retention", "outbox-retention", "outbox", "reminders"]);

    const recipients = Array.from({ length: 8 }, (_, i) => `wachtrij-${i}@test.nl`);
    await enqueueMail(db(), recipients.map((to) => ({ kind: "reminder-digest" as const, to, subject: "Test", text: "Hallo" })));
    await expect.poll(() => smtp.mails.length, { timeout: 15_000 }).toBe(8);
    await new Promise((r) => setTimeout(r, 2000));
    expect(recipients.map((to) => smtp.to(to).length)).toEqual(recipients.map(() => 1));
  });

  it("a worker without SMTP leaves the outbox alone (another worker that can send takes it)", async () => {
    const worker = await startWorker(env().DATABASE_URL, settings(null), quiet);
    running.push(worker);
    expect(worker.jobs.map((job) => job.name)).toEqual(["retention", "outbox-retention"]);
  });
});
