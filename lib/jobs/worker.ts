// No "server-only": runs inside the app (instrumentation.ts, WORKER=inline) and apart from it
// (`npm run worker`, scripts/worker.ts), each time with a Prisma client of its own.
import { Client } from "pg";
import PgBoss from "pg-boss";
import pino from "pino";
import { createPrismaClient } from "@/lib/db/client";
import type { WorkerSettings } from "@/lib/env";
import { OUTBOX_CHANNEL, removeOldSentMail, sendDueMail } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/transport";
import { applyRetention } from "@/lib/privacy/retention-core";
import { sendReminderDigests } from "@/lib/reminders/digest";
import { runBackup } from "./backup";

export const TIME_ZONE = "Europe/Amsterdam";

export type Job = {
  name: string;
  /** Cron in Europe/Amsterdam time; pg-boss puts one job per tick in the queue, however many workers schedule it. */
  cron: string;
  run: () => Promise<unknown>;
};

/** The jobs this configuration runs; a job whose means are missing (no SMTP, no backup folder) is left out. */
export function jobsFor(settings: WorkerSettings, client: ReturnType<typeof createPrismaClient>): Job[] {
  const jobs: Job[] = [
    { name: "retention", cron: "30 3 * * *", run: () => applyRetention(client) },
    // Sent mail older than OUTBOX_KEEP_DAYS goes; failed mail stays for the beheerder (lib/mail/outbox.ts).
    { name: "outbox-retention", cron: "45 3 * * *", run: () => removeOldSentMail(client, { keepDays: settings.outboxKeepDays }) },
  ];
  if (settings.smtp) {
    const transport = smtpTransport(settings.smtp.url, settings.smtp.from);
    // Every minute as a safety net (retries with backoff); new mail also wakes it at once (LISTEN).
    jobs.push({ name: "outbox", cron: "* * * * *", run: () => sendDueMail(client, transport) });
    if (settings.appUrl) {
      const appUrl = settings.appUrl;
      jobs.push({ name: "reminders", cron: `0 ${settings.reminderHour} * * *`, run: () => sendReminderDigests(client, { appUrl }) });
    }
  }
  if (settings.backup) {
    const backup = settings.backup;
    jobs.push({ name: "backup", cron: "15 2 * * *", run: () => runBackup(backup) });
  }
  return jobs;
}

export type RunningWorker = { boss: PgBoss; jobs: Job[]; stop: () => Promise<void> };

/**
 * Starts the job worker on PostgreSQL (pg-boss 10, its own schema `pgboss`). Each queue is
 * "stately": at most one job waiting and one running, so several workers (several app
 * instances, or `npm run worker`) never run the same job twice at once, and a job that is
 * already waiting is not queued again.
 */
export async function startWorker(
  databaseUrl: string,
  settings: WorkerSettings,
  options: { pollingIntervalSeconds?: number; log?: pino.Logger; client?: ReturnType<typeof createPrismaClient> } = {},
): Promise<RunningWorker> {
  const log = options.log ?? pino({ base: { app: "beraad", part: "worker" }, timestamp: pino.stdTimeFunctions.isoTime });
  // Inside the app (instrumentation.ts) the worker shares the app's client (one pool, one
  // query compiler); on its own (`npm run worker`, tests) it has its own and closes it on stop.
  const client = options.client ?? createPrismaClient(databaseUrl);
  const jobs = jobsFor(settings, client);
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (err) => log.error({ err }, "job queue error"));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 3, retryDelay: 60, retryBackoff: true });
    await boss.schedule(job.name, job.cron, {}, { tz: TIME_ZONE });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([item]) => {
      const started = Date.now();
      const result = await job.run();
      log.info({ job: job.name, id: item?.id, ms: Date.now() - started, result }, "job done");
    });
  }
  const listener = jobs.some((job) => job.name === "outbox") ? await listenForMail(databaseUrl, () => void boss.send("outbox", {}).catch((err) => log.error({ err }, "could not queue the outbox job")), log) : null;
  log.info({ jobs: jobs.map((job) => job.name) }, "job worker started");
  return {
    boss,
    jobs,
    stop: async () => {
      await listener?.end().catch(() => {});
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      if (!options.client) await client.$disconnect();
    },
  };
}

/** Wakes the outbox job when mail is queued (NOTIFY on commit, lib/mail/outbox.ts). */
async function listenForMail(databaseUrl: string, wake: () => void, log: pino.Logger): Promise<Client> {
  const listener = new Client({ connectionString: databaseUrl });
  listener.on("notification", wake);
  listener.on("error", (err) => log.warn({ err }, "outbox listener lost; the minute schedule still sends"));
  await listener.connect();
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  wake();
  return listener;
}
