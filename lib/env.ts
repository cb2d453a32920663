import { z } from "zod";

// The only module that reads process.env. Parsed lazily: `next build` imports
// server modules without a database or secret configured.
const schema = z.object({
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
});

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

/** The reverse proxies whose X-Forwarded-For is believed; validated with the rest of the configuration. */
export function trustedProxies(): readonly string[] {
  return env().TRUSTED_PROXIES;
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
