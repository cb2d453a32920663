// Run by scripts/worker.mjs (`npm run worker`) with DATABASE_URL set: the job worker alone.
import { env, workerSettings } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";

const worker = await startWorker(env().DATABASE_URL, workerSettings());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.stop().finally(() => process.exit(0));
  });
}
