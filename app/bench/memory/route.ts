import os from "node:os";
import path from "node:path";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";
import { benchPagesEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Where the server's memory is, for `npm run bench` only (BERAAD_BENCH=1; 404
 * otherwise): V8's heap (used and reserved, per space), memory outside it that
 * V8 tracks (`external`: buffers, array buffers, WebAssembly memories) and the
 * resident size, in MiB. Nothing about any gemeente or request.
 *
 * `?gc=1` first runs a full garbage collection (only when the server runs with
 * `--expose-gc`, BENCH_NODE_OPTIONS): what is still used then is what the server
 * holds on to, the rest is garbage V8 had not yet collected. `?snapshot=1` also
 * writes a heap snapshot to the temp folder and returns its path (for
 * `node scripts/heap-summary.mjs FILE`).
 */
export function GET(request: Request) {
  if (!benchPagesEnabled()) return new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = query.get("gc") === "1" && typeof gc === "function";
  if (collected) gc();
  const snapshot = query.get("snapshot") === "1" ? writeHeapSnapshot(path.join(os.tmpdir(), `beraad-bench-${process.pid}-${Date.now()}.heapsnapshot`)) : null;
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { used: mib(s.space_used_size), size: mib(s.space_size) }]));
  return Response.json({
    collected,
    snapshot,
    rss: mib(usage.rss),
    heapUsed: mib(usage.heapUsed),
    heapTotal: mib(usage.heapTotal),
    external: mib(usage.external),
    arrayBuffers: mib(usage.arrayBuffers),
    spaces,
  });
}
