import { getHeapSpaceStatistics } from "node:v8";
import { benchPagesEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Where the server's memory is, for `npm run bench` only (BERAAD_BENCH=1; 404
 * otherwise): V8's heap (used and reserved, per space), memory outside it that
 * V8 tracks (`external`: buffers, array buffers, WebAssembly memories) and the
 * resident size, in MiB. Nothing about any gemeente or request.
 */
export function GET() {
  if (!benchPagesEnabled()) return new Response("Not found", { status: 404 });
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { used: mib(s.space_used_size), size: mib(s.space_size) }]));
  return Response.json({
    rss: mib(usage.rss),
    heapUsed: mib(usage.heapUsed),
    heapTotal: mib(usage.heapTotal),
    external: mib(usage.external),
    arrayBuffers: mib(usage.arrayBuffers),
    spaces,
  });
}
