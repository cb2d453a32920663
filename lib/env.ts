import { z } from "zod";

/**
 * Single sign-on through OpenID Connect (lib/auth/sso.ts): Microsoft Entra ID or any standard
 * provider. Off unless issuer, client id and secret are all set.
 */
const SSO_SHAPE = {
  /** The provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 (its /.well-known/openid-configuration is read). */
  OIDC_ISSUER: z.string().url().optional(),
  /** The client (application) id Beraad is registered with at the provider; ID tokens must be addressed to it. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** The client secret of that registration. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The name on the sign-in button ("Inloggen met …"), e.g. the gemeente's or "Microsoft". */
  OIDC_DISPLAY_NAME: z.string().min(1).max(60).default("uw organisatieaccount"),
};

// The only module that reads process.env. Parsed lazily: `next build` imports
// server modules without a database or secret configured.
// Every variable here is listed with its default and meaning in .env.example
// (tests/unit/env-example.test.ts keeps the two in step).
export const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set"),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(1).default("Beraad <noreply@beraad.local>"),
  ACCESSIBILITY_CONTACT_EMAIL: z.string().email().optional(),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (lib/security/client-address.ts):
   * comma-separated IPv4/IPv6 addresses. Empty: only the socket address counts.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isIpAddress, { error: (issue) => `TRUSTED_PROXIES: ${String(issue.input)} is not an IP address` }))),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Address the app server binds to (scripts/serve.mjs); 0.0.0.0 or :: for every interface. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Port the app server listens on (scripts/serve.mjs). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The least severe log lines written (pino's levels); `silent` writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** OpenTelemetry tracing: `off`, or `otlp` to send spans over OTLP/HTTP (instrumentation.ts). */
  TRACING: z.enum(["off", "otlp"]).default("off"),
  /** The OTLP/HTTP collector that receives spans when TRACING=otlp (its /v1/traces). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().default("http://127.0.0.1:4318"),
  /** The service name spans carry (tell instances apart with OTEL_SERVICE_NAME per unit if wanted). */
  OTEL_SERVICE_NAME: z.string().min(1).default("beraad"),
  /**
   * The job worker (lib/jobs: outbox, reminders, retention, backups): `inline` runs it inside
   * each app instance (`npm start`), `off` leaves it to `npm run worker` processes.
   */
  WORKER: z.enum(["inline", "off"]).default("inline"),
  /** Folder of the nightly `db:backup`; unset: no nightly backup. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** How many nightly backups are kept in BACKUP_DIR (older ones are removed). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(14),
  /** Hour of the day (Europe/Amsterdam) the reminder digests go out. */
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Days a sent mail stays in the outbox before the daily job removes it; failed mail is kept until a beheerder saw it. */
  OUTBOX_KEEP_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /**
   * Whether a gemeente's Open Raadsinformatie API (lib/ris/ori.ts) may be on a private, loopback
   * or link-local address: `refuse` (a beheerder's setting cannot make the server probe the
   * hosting network) or `allow` (an API on the gemeente's own intranet).
   */
  ORI_PRIVATE_HOSTS: z.enum(["refuse", "allow"]).default("refuse"),
}).extend(SSO_SHAPE);
const schema = envSchema;

export type Env = z.infer<typeof schema>;

function isIpAddress(value: string): boolean {
  return z.ipv4().safeParse(value).success || z.ipv6().safeParse(value).success;
}

let cached: Env | undefined;

export function env(): Env {
  // English for the administrator, whatever the app's validation messages are set to (lib/validation/zod.ts).
  cached ??= schema.parse(process.env, { error: z.locales.en().localeError });
  return cached;
}

/**
 * One setting, validated with its default, without the rest of the configuration
 * (which needs DATABASE_URL): for what is read before or apart from a database.
 * A value that does not fit is refused loudly, naming the variable.
 */
function setting<K extends keyof Env>(name: K): Env[K] {
  const parsed = schema.shape[name].safeParse(process.env[name] || undefined);
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  return parsed.data as Env[K];
}

/** The log level (LOG_LEVEL) of the server's JSON log. */
export function logLevel(): Env["LOG_LEVEL"] {
  return setting("LOG_LEVEL");
}

/** OpenTelemetry tracing, or null when it is off (the default). */
export function tracingConfig(): { endpoint: string; serviceName: string } | null {
  if (setting("TRACING") === "off") return null;
  return { endpoint: setting("OTEL_EXPORTER_OTLP_ENDPOINT"), serviceName: setting("OTEL_SERVICE_NAME") };
}

export type WorkerSettings = {
  mode: Env["WORKER"];
  smtp: { url: string; from: string } | null;
  backup: { dir: string; keep: number } | null;
  reminderHour: number;
  outboxKeepDays: number;
  appUrl: string | null;
};

/** What the job worker needs (lib/jobs/worker.ts); read apart from the request-time settings. */
export function workerSettings(): WorkerSettings {
  const smtpUrl = setting("SMTP_URL");
  const backupDir = setting("BACKUP_DIR");
  return {
    mode: setting("WORKER"),
    smtp: smtpUrl ? { url: smtpUrl, from: setting("MAIL_FROM") } : null,
    backup: backupDir ? { dir: backupDir, keep: setting("BACKUP_KEEP") } : null,
    reminderHour: setting("REMINDER_HOUR"),
    outboxKeepDays: setting("OUTBOX_KEEP_DAYS"),
    appUrl: setting("NEXTAUTH_URL")?.replace(/\/$/, "") ?? null,
  };
}

/** Whether the ORI lookup may reach private addresses (ORI_PRIVATE_HOSTS); read per call. */
export function oriPrivateHosts(): Env["ORI_PRIVATE_HOSTS"] {
  return setting("ORI_PRIVATE_HOSTS");
}

/** The reverse proxies whose X-Forwarded-For is believed; validated with the rest of the configuration. */
export function trustedProxies(): readonly string[] {
  return env().TRUSTED_PROXIES;
}

export type SsoSettings = { issuer: string; clientId: string; clientSecret: string; displayName: string };

/**
 * The OpenID Connect settings, or null when single sign-on is off. Read on its own (like
 * accessibilityContact): next-auth's options are built when `next build` loads the route,
 * without a database configured. A half-set configuration is an error, not silently off.
 */
export function ssoSettings(): SsoSettings | null {
  const sso = z.object(SSO_SHAPE).parse({
    OIDC_ISSUER: process.env.OIDC_ISSUER || undefined,
    OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID || undefined,
    OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET || undefined,
    OIDC_DISPLAY_NAME: process.env.OIDC_DISPLAY_NAME || undefined,
  });
  const set = [sso.OIDC_ISSUER, sso.OIDC_CLIENT_ID, sso.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (set === 0) return null;
  if (set < 3) throw new Error("Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them).");
  return { issuer: sso.OIDC_ISSUER!, clientId: sso.OIDC_CLIENT_ID!, clientSecret: sso.OIDC_CLIENT_SECRET!, displayName: sso.OIDC_DISPLAY_NAME };
}

/** The secret next-auth signs its JWTs with; read at request time. */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET;
}

/** `next dev` (relaxed Content-Security-Policy); safe to call without a database configured. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * Cookies get the Secure flag when the app is served over https (NEXTAUTH_URL),
 * as in production; a plain-http local run could not set them otherwise.
 */
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** The benchmark's baseline page (/bench/bare) is served only when `npm run bench` starts the app. */
export function benchPagesEnabled(): boolean {
  return process.env.BERAAD_BENCH === "1";
}

const DEFAULT_ACCESSIBILITY_CONTACT = "griffie@voorbeeld.nl";

/**
 * Where people report an accessibility problem (the griffie), shown in the accessibility
 * statement. Read on its own: that public page must not depend on the database settings.
 */
export function accessibilityContact(): string {
  const parsed = schema.shape.ACCESSIBILITY_CONTACT_EMAIL.safeParse(process.env.ACCESSIBILITY_CONTACT_EMAIL || undefined);
  return (parsed.success && parsed.data) || DEFAULT_ACCESSIBILITY_CONTACT;
}
