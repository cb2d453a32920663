/**
 * Timing of the live stream (server-sent events) that proxies must respect:
 * deploy/nginx/beraad-proxy.conf's read timeout for the stream stays well above the
 * heartbeat (tests/unit/operations/deploy.test.ts checks it).
 */
export const LIVE_HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting a dropped stream (the `retry:` field). */
export const LIVE_RETRY_MS = 2_000;
