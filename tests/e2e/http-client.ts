import fs from "node:fs";
import path from "node:path";
import { isForm, type FormField } from "../support/authorization-matrix";
import { DEMO_PASSWORD } from "./helpers";

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

/**
 * A signed-in (or signed-out) HTTP caller without a browser: it signs in through
 * next-auth's real credentials endpoint and calls server actions the way React does
 * (a POST with the `Next-Action` header and the arguments in React's reply encoding).
 */
export class HttpCaller {
  private cookies = new Map<string, string>();

  constructor(
    readonly label: string,
    readonly baseUrl = BASE_URL,
  ) {}

  /** Holds a cookie as if the server had set it. */
  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
    return this;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() };
    // A browser sends Origin with every POST; Next checks it against the host for server actions.
    if (init.method && init.method !== "GET") headers.origin ??= new URL(this.baseUrl).origin;
    const response = await fetch(new URL(pathname, this.baseUrl), { ...init, redirect: "manual", headers });
    this.keep(response);
    return response;
  }

  /** Signs in with e-mail and password through /api/auth/callback/credentials. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl: this.baseUrl, json: "true" });
    const response = await this.fetch("/api/auth/callback/credentials", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    if (![...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
      throw new Error(`Sign-in failed for ${email}: HTTP ${response.status} ${await response.text()}`);
    }
    return this;
  }

  /** Calls a server action by id with these arguments; returns what the action returned and where it redirected. */
  async callAction(actionId: string, args: unknown[]): Promise<ActionResponse> {
    const body = new FormData();
    const root = args.map((arg, i) => {
      if (!isForm(arg)) return escape(arg);
      const prefix = `_${i + 1}_`;
      for (const [key, value] of Object.entries(arg.form)) appendField(body, prefix + key, value);
      return `$K${(i + 1).toString(16)}`;
    });
    // React appends the root last: the server resolves references to parts that came before it.
    body.append("0", JSON.stringify(root));
    const response = await this.fetch("/uitnodiging/matrix", {
      method: "POST",
      body,
      headers: { "Next-Action": actionId, Accept: "text/x-component" },
    });
    const text = await response.text();
    return { status: response.status, redirect: response.headers.get("x-action-redirect"), result: actionResult(text), raw: text };
  }
}

export type ActionResponse = { status: number; redirect: string | null; result: unknown; raw: string };

function appendField(body: FormData, key: string, value: FormField) {
  if (Array.isArray(value)) for (const v of value) body.append(key, v);
  else if (typeof value === "string") body.append(key, value);
  else body.append(key, new Blob([value.content], { type: "application/json" }), value.filename);
}

// React's reply encoding: strings that start with "$" are escaped as "$$".
const escape = (value: unknown): unknown => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value);

/** The action's return value from the RSC response: row 0 says which row holds it ("a": "$@<id>"). */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) rows.set(line.slice(0, at), line.slice(at + 1));
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const ref = (JSON.parse(head) as { a?: string }).a;
  if (typeof ref !== "string" || !ref.startsWith("$@")) return ref;
  const row = rows.get(ref.slice(2));
  // An "E" row is an error the action threw: no value (and an HTTP 500).
  return row === undefined || row.startsWith("E") ? undefined : JSON.parse(row);
}

/** Server action ids of the production build, by "file#export". */
export function actionIdsOfBuild(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}
