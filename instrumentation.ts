import type { Instrumentation } from "next";

/**
 * At server start: finished requests no longer kept in memory by their abort reasons
 * (lib/runtime/abort-reason-stacks.ts), the job worker unless WORKER=off
 * (lib/jobs/worker.ts), and OpenTelemetry tracing when TRACING=otlp (lib/env.ts). Tracing
 * is off by default, and then the tracing packages are not even loaded.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("@/lib/runtime/abort-reason-stacks");
  releaseAbortReasonStacks();
  const { tracingConfig } = await import("@/lib/env");
  await startInlineWorker();
  const tracing = tracingConfig();
  if (!tracing) return;
  const { startTracing } = await import("@/lib/tracing/start");
  startTracing(tracing);
  const { log } = await import("@/lib/log");
  log.info({ endpoint: tracing.endpoint, serviceName: tracing.serviceName }, "OpenTelemetry tracing on");
}

/**
 * `npm start` runs the job worker inside the app instance (WORKER=inline, the default); with
 * several instances each runs one, and pg-boss hands every job to one of them. Started in the
 * background: a database that is not there yet must not keep the app from answering.
 */
async function startInlineWorker() {
  const { env, workerSettings } = await import("@/lib/env");
  const settings = workerSettings();
  if (settings.mode !== "inline") return;
  const { log } = await import("@/lib/log");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { sharedPrismaClient } = await import("@/lib/db/client");
  // The app's own client (lib/db uses the same one): not a second pool and query compiler for the jobs.
  const client = sharedPrismaClient(env().DATABASE_URL);
  void startWorker(env().DATABASE_URL, settings, { log: log.child({ part: "worker" }), client }).catch((err: unknown) => log.error({ err }, "the job worker did not start"));
}

/**
 * Errors Next catches while rendering a page, running a server action or a route
 * handler: logged as JSON with the request's id. The user sees only the generic
 * error page (app/error.tsx) or an empty 500, never the stack.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const { REQUEST_ID_HEADER } = await import("@/lib/request-id");
  const requestId = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      // Next's digest of the error, which is all a production error page gets to know of it.
      digest: (error as { digest?: string } | null)?.digest,
      err: error,
      method: request.method,
      path: request.path,
      route: context.routePath,
      kind: context.routeType,
    },
    "Server error",
  );
};
