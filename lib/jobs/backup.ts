// The nightly backup job: `npm run db:backup` into BACKUP_DIR, then rotation (keep BACKUP_KEEP).
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const NAME = /^beraad-nightly-(\d{8}-\d{6})\.dump$/;

/** A backup's file name for a moment (UTC, so names sort as time does). */
export function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `beraad-nightly-${stamp}.dump`;
}

/** Which of the nightly backups in a folder go: all but the newest `keep`. Other files are never touched. Pure. */
export function backupsToRemove(files: string[], keep: number): string[] {
  const ours = files.filter((file) => NAME.test(file)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}

/** The worker runs with DATABASE_URL in its environment; the child inherits it. */
export async function runBackup({ dir, keep }: { dir: string; keep: number }, now = new Date()) {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, backupName(now));
  // The same command an administrator runs by hand (pg_dump, written under a temporary name first).
  await run(process.execPath, [path.join(process.cwd(), "scripts", "db-backup.mjs"), "--output", file], { maxBuffer: 4 * 1024 * 1024 });
  const removed = backupsToRemove(await fs.readdir(dir), keep);
  for (const old of removed) await fs.rm(path.join(dir, old), { force: true });
  return { file, removed: removed.length };
}
