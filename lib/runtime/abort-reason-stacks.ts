/**
 * Keeps finished requests from piling up in memory (issue 17).
 *
 * After every render React's Flight server aborts the request's cache signal with a fresh
 * `Error("This render completed successfully…")`. V8 keeps a new error's stack as raw
 * frames until someone reads `error.stack`, and those frames hold on to the objects they
 * ran on; here one of them is the `setImmediate` entry the render ran in, which links to
 * the next ones and through their async context to other requests and their responses.
 * Nobody reads that stack, so each request kept the next alive: heap snapshots of the
 * bench showed 117 → 224 → 385 MiB still used after a full GC over two identical rounds.
 * Upstream: react/react#37289 (no stack for that abort reason), vercel/next.js#84648.
 *
 * Reading `stack` once when an error becomes an abort reason turns the frames into a
 * string (what anyone reading it later gets anyway) and lets them go. Installed once, at
 * server start (instrumentation.ts); remove when React stops capturing that stack.
 */
const INSTALLED = Symbol.for("beraad.abortReasonStacks");

export function releaseAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  Object.defineProperty(proto, "abort", {
    configurable: true,
    writable: true,
    value: function abortWithFormattedStack(this: AbortController, reason?: unknown) {
      if (reason instanceof Error) void reason.stack;
      return abort.call(this, reason);
    },
  });
  Object.defineProperty(proto, INSTALLED, { value: true });
}
