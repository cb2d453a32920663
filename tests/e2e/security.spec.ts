import pg from "pg";
import { type BrowserContext, type Page } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import { createSession, signIn } from "./helpers";
import { HttpCaller } from "./http-client";
import { OwnServer, runtime } from "./own-server";

/** Records every CSP violation (event and console) of pages in this context. */
async function watchCsp(context: BrowserContext) {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(msg.text())) violations.push(`${msg.location().url}: ${msg.text()}`);
  });
  return violations;
}

/** Opens a page and checks Next.js' own scripts ran (so the nonce works) and nothing was blocked. */
async function visitClean(page: Page, path: string, violations: string[]) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)), `Next.js hydrated ${path}`).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), `CSP events on ${path}`).toEqual([]);
  expect(violations, `CSP console messages on ${path}`).toEqual([]);
}

test("security headers on pages and routes, over real HTTP", async ({ request }) => {
  const first = await request.get("/inloggen");
  const second = await request.get("/inloggen");
  for (const response of [first, second]) {
    const h = response.headers();
    const csp = h["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["strict-transport-security"]).toBeUndefined(); // plain http here
    expect(h["x-powered-by"]).toBeUndefined();
  }
  const nonce = (r: typeof first) => r.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(nonce(first)).not.toBe(nonce(second));
  // The nonce in the header is the one on the page's scripts.
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);

  // Behind a TLS-terminating proxy: HSTS and upgrade-insecure-requests.
  const overHttps = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  expect(overHttps.headers()["x-content-type-options"]).toBe("nosniff");
});

test("sign-in and locale cookies are httpOnly and SameSite=Lax (Secure only over https)", async ({ page, context }) => {
  await signIn(page, DEMO.raadslid3);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const cookies = await context.cookies();
  const byName = (name: string) => cookies.find((c) => c.name === name);
  for (const name of ["next-auth.session-token", "next-auth.csrf-token", "NEXT_LOCALE"]) {
    const cookie = byName(name) ?? cookies.find((c) => c.name.endsWith(name));
    expect(cookie, `${name} among ${cookies.map((c) => c.name).join(", ")}`).toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  }
  await page.getByRole("button", { name: /Nederlands/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("no CSP violations on the main pages, the projector's live updates included", async ({ browser }) => {
  test.setTimeout(120_000);
  const griffierContext = await browser.newContext();
  const violations = await watchCsp(griffierContext);
  const griffier = await griffierContext.newPage();
  await visitClean(griffier, "/inloggen", violations);
  await signIn(griffier, DEMO.griffier);
  for (const path of ["/", DEMO.path(), DEMO.path("/sessies"), DEMO.path("/sessies/nieuw"), "/meedoen"]) await visitClean(griffier, path, violations);

  const url = new URL(await createSession(griffier, `CSP ${Date.now()}`, ["Fatima Facilitator", "Anouk Jansen"])).pathname;
  for (const sub of ["", "/stappen/rolopvatting", "/programma", "/waarden", "/verslag"]) await visitClean(griffier, `${url}${sub}`, violations);
  await griffier.goto(`${url}/stappen/rolopvatting`);
  await griffier.getByLabel("Vraag op het rolkeuzeformulier").fill("Welke rol past?");
  await expect(griffier.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 }); // autosave: client JS and a server action ran
  await griffier.getByRole("button", { name: "Werkblad openen" }).click();
  await expect(griffier.getByText("Het werkblad is geopend.")).toBeVisible();
  await griffier.goto(url);
  await griffier.getByRole("button", { name: "Voorbereiding afronden" }).click();
  await expect(griffier.getByText("De status is gewijzigd.")).toBeVisible();
  expect(violations).toEqual([]);

  const facilitatorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const facilitatorViolations = await watchCsp(facilitatorContext);
  const facilitator = await facilitatorContext.newPage();
  await signIn(facilitator, DEMO.facilitator);
  await facilitator.goto(url);
  await facilitator.getByRole("button", { name: "Sessie live zetten" }).click();
  await facilitator.getByRole("link", { name: "Projectiescherm openen" }).click();
  await expect(facilitator.getByText("Live verbonden.")).toBeVisible(); // EventSource allowed by connect-src
  const code = (await facilitator.getByTestId("join-code").textContent())!.trim();

  const raadslid = await (await browser.newContext()).newPage();
  await signIn(raadslid, DEMO.raadslid1);
  await raadslid.goto(`/meedoen?code=${code}`);
  const council = raadslid.locator("form", { has: raadslid.getByRole("heading", { name: "Welke rol past bij Gemeenteraad?" }) });
  await council.getByRole("radio", { name: /^Faciliteren/ }).check();
  await expect(facilitator.getByTestId("respondents")).toHaveText("1 raadslid heeft geantwoord", { timeout: 5_000 });
  expect(await facilitator.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  expect(facilitatorViolations).toEqual([]);
});

/** A sign-in with a wrong password, sending its own X-Forwarded-For. */
async function wrongSignIn(baseUrl: string, forwardedFor: string) {
  const caller = new HttpCaller("raadt wachtwoorden", baseUrl);
  const { csrfToken } = (await (await caller.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: `niemand-${Date.now()}@voorbeeld.nl`, password: "geraden", json: "true" });
  const response = await caller.fetch("/api/auth/callback/credentials", {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor },
  });
  expect(await response.text()).toContain("CredentialsSignin");
}

/** Failed sign-in attempts counted against this client address since `since` (rate_limit_hit, as every instance sees it). */
async function attemptsCountedFor(client: string, since: Date) {
  const db = new pg.Client({ connectionString: runtime().databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query("SELECT count(*)::int AS n FROM rate_limit_hit WHERE bucket = 'sign-in-client' AND key = $1 AND created_at >= $2", [client, since]);
    return rows[0].n as number;
  } finally {
    await db.end();
  }
}

test("a client cannot choose the address its sign-in attempts count against; a configured proxy can tell it", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const forged = "198.51.100.23";
  const since = new Date(Date.now() - 1000);
  // No trusted proxy (the default): the connection's own address counts, whatever the header says.
  await wrongSignIn(baseURL!, forged);
  expect(await attemptsCountedFor(forged, since)).toBe(0);
  expect(await attemptsCountedFor("127.0.0.1", since)).toBeGreaterThanOrEqual(1);

  // Behind a reverse proxy on this machine, configured as trusted: the address it forwards counts.
  const behindProxy = new OwnServer(Number(process.env.E2E_PORT ?? 3210) + 82, { TRUSTED_PROXIES: "127.0.0.1" });
  await behindProxy.start();
  try {
    await wrongSignIn(behindProxy.url, forged);
    expect(await attemptsCountedFor(forged, since)).toBe(1);
  } finally {
    await behindProxy.stop();
  }
});
