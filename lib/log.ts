import "server-only";
import { headers } from "next/headers";
import pino from "pino";
import { logLevel } from "@/lib/env";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

/**
 * The server's structured log: one JSON object per line on stdout, from LOG_LEVEL up.
 * scripts/serve.mjs writes the per-request lines (method, path, status, duration) in the same shape.
 */
export const log = pino({ base: { app: "beraad" }, level: logLevel(), timestamp: pino.stdTimeFunctions.isoTime });

/** The id the proxy gave the current request; undefined outside a request. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Logs an unexpected error with the current request's id (the stack stays in the log). */
export async function logServerError(message: string, error: unknown, fields: Record<string, unknown> = {}) {
  log.error({ requestId: await currentRequestId(), err: error, ...fields }, message);
}
