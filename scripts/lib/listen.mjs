// Where the app server listens: HOST and PORT from the environment (defaults as in
// lib/env.ts, checked by tests/unit/env-example.test.ts), or --host/--port on the command line.

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 3000;

/**
 * The address to bind to. `explicit` says whether a port was asked for (flag or PORT):
 * then it must be free; only the demo default may move on to the next free port.
 * @param {Record<string, string | undefined>} environment
 * @param {{ host?: string, port?: string }} flags
 */
export function listenAddress(environment = process.env, flags = {}) {
  const host = flags.host || environment.HOST || DEFAULT_HOST;
  const given = flags.port ?? (environment.PORT || undefined);
  const port = given === undefined ? DEFAULT_PORT : Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT: "${given}" is not a port number (1–65535).`);
  return { host, port, explicit: given !== undefined };
}

/** An address to reach the server at from this machine (a wildcard bind answers on loopback). */
/** @param {{ host: string, port: number }} address */
export function localUrl({ host, port }) {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
