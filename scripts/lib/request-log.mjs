// One JSON log line per request, written by scripts/serve.mjs when the response is
// finished (or the client went away): method, path, status, duration and request id.
// The query string is never logged (sign-in callbacks, search words), and a path
// segment that carries a secret (an invitation or reset token) is replaced.

/** Path segments after these carry a single-use secret. */
const SECRET_AFTER = new Set(["uitnodiging", "wachtwoord-herstellen", "wachtwoord-vergeten", "reset", "token"]);
/** A long random-looking segment is treated as a secret too (ids are shorter: cuid is 25). */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{32,}$/;

/**
 * The path as it may be logged: no query, no fragment, no secrets.
 * @param {string | undefined} url
 */
export function loggablePath(url = "/") {
  const pathOnly = url.split(/[?#]/, 1)[0] || "/";
  const segments = pathOnly.split("/");
  return segments.map((segment, i) => (i > 0 && (SECRET_AFTER.has(segments[i - 1]) || TOKEN_LIKE.test(segment)) && segment ? "[redacted]" : segment)).join("/");
}

/** Health checks from a load balancer come every few seconds: logged one level down. */
const quiet = (path) => path.startsWith("/api/health");

/**
 * Starts timing a request; logs it once it ends. `log` is a pino logger.
 * @param {{ debug: Function, info: Function, warn: Function }} log
 * @param {{ method?: string, url?: string }} req
 * @param {import("node:events").EventEmitter & { statusCode: number, writableFinished: boolean, getHeader(name: string): unknown }} res
 */
export function logRequest(log, req, res) {
  const started = process.hrtime.bigint();
  let done = false;
  const finish = (aborted) => {
    if (done) return;
    done = true;
    const path = loggablePath(req.url);
    const fields = {
      requestId: headerText(res.getHeader("x-request-id")),
      method: req.method,
      path,
      status: res.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      ...(aborted ? { aborted: true } : {}),
    };
    if (res.statusCode >= 500) log.warn(fields, "request");
    else if (quiet(path)) log.debug(fields, "request");
    else log.info(fields, "request");
  };
  res.once("finish", () => finish(false));
  res.once("close", () => finish(!res.writableFinished));
}

function headerText(value) {
  if (Array.isArray(value)) return value[0];
  return value === undefined ? undefined : String(value);
}
