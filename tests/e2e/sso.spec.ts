import crypto from "node:crypto";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { OidcTestProvider } from "./oidc-test-provider";
import { OwnServer, runtime } from "./own-server";

// Single sign-on end to end: an app instance of our own configured for a real OpenID
// Connect provider (oidc-provider) started here, in real Chromium. Next to the main
// instance (the live test uses +80, the crash test +81).
const tag = crypto.randomBytes(3).toString("hex");
const KNOWN = `sso-lid-${tag}@eigenstad.test`;
const PORT = Number(process.env.E2E_PORT ?? 3210) + 71;
const client = { id: "beraad-test", secret: crypto.randomBytes(24).toString("hex"), redirectUri: `http://localhost:${PORT}/api/auth/callback/oidc` };
let server: OwnServer;
const idp = new OidcTestProvider(client, {
  bekend: { email: KNOWN.toUpperCase(), email_verified: true, name: "Bekend Lid" },
  onbekend: { email: `niemand-${tag}@eigenstad.test`, email_verified: true, name: "Niet Uitgenodigd" },
  onbevestigd: { email: KNOWN, email_verified: false, name: "Onbevestigd Adres" },
});

let gemeente: Awaited<ReturnType<typeof gemeenteWithPeople>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  gemeente = await gemeenteWithPeople(runtime().databaseUrl, [{ email: KNOWN, name: "Bekend Lid" }]);
  await idp.start();
  server = new OwnServer(PORT, { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: client.id, OIDC_CLIENT_SECRET: client.secret, OIDC_DISPLAY_NAME: "Testorganisatie" });
  await server.start();
});

test.afterAll(async () => {
  await server?.stop();
  await idp.stop();
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[]) {
  const db = new pg.Client({ connectionString: runtime().databaseUrl });
  await db.connect();
  try {
    return (await db.query<T>(sql, params)).rows;
  } finally {
    await db.end();
  }
}

/** From Beraad's sign-in page through the provider's login form, as `login`. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto(`${server.url}/inloggen`);
  await page.getByRole("button", { name: "Inloggen met Testorganisatie" }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("wat-dan-ook");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("without OIDC settings the sign-in page shows no single sign-on button", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Inloggen met/ })).toHaveCount(0);
});

test("an invited member signs in through the provider; the identity is linked by the verified e-mail address, with a sign-in session and an audit event", async ({ page }) => {
  await signInAtProvider(page, "bekend");
  await page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith("/inloggen"));
  await page.goto(`${server.url}/${gemeente.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: /Welkom, Bekend Lid/ })).toBeVisible();

  const [user] = gemeente.users;
  expect(await query("SELECT 1 FROM auth_session WHERE user_id = $1 AND expires > now()", [user.id])).toHaveLength(1);
  expect(await query("SELECT provider_account_id FROM account WHERE user_id = $1 AND provider = 'oidc'", [user.id])).toEqual([{ provider_account_id: "bekend" }]);
  expect(await query("SELECT 1 FROM audit_event WHERE actor_id = $1 AND action = 'account.link-sso'", [user.id])).toHaveLength(1);

  // Signing out ends that sign-in session on the server, as for a password sign-in.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL("**/inloggen");
  expect(await query("SELECT 1 FROM auth_session WHERE user_id = $1", [user.id])).toHaveLength(0);
});

test("someone the provider knows but Beraad has not invited is refused with a clear Dutch message", async ({ page }) => {
  await signInAtProvider(page, "onbekend");
  await page.waitForURL((url) => url.origin === server.url && url.pathname === "/inloggen");
  await expect(page.getByText("voor dit e-mailadres is er geen account in Beraad. Vraag de beheerder van uw gemeente om een uitnodiging.")).toBeVisible();
  await page.goto(`${server.url}/${gemeente.slug}`);
  await expect(page).toHaveURL(/\/inloggen/);
  expect(await query(`SELECT 1 FROM "user" WHERE email = $1`, [`niemand-${tag}@eigenstad.test`])).toHaveLength(0);
});

test("an e-mail address the provider does not vouch for (email_verified false) opens nothing", async ({ page }) => {
  await signInAtProvider(page, "onbevestigd");
  await page.waitForURL((url) => url.origin === server.url && url.pathname === "/inloggen");
  await expect(page.getByText("Uw organisatie heeft uw e-mailadres niet bevestigd")).toBeVisible();
  expect(await query("SELECT 1 FROM account WHERE provider_account_id = 'onbevestigd'", [])).toHaveLength(0);
});

test("an ID token addressed to another application (wrong audience) is refused", async ({ page }) => {
  idp.wrongAudience = true;
  try {
    const before = await query<{ n: number }>("SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1", [gemeente.users[0].id]);
    await signInAtProvider(page, "bekend");
    await page.waitForURL((url) => url.origin === server.url && url.pathname === "/inloggen");
    await expect(page.getByText("Inloggen via Testorganisatie is niet gelukt.")).toBeVisible();
    await page.goto(`${server.url}/${gemeente.slug}`);
    await expect(page).toHaveURL(/\/inloggen/);
    expect(await query("SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1", [gemeente.users[0].id])).toEqual(before);
    expect(server.log).toMatch(/aud/);
  } finally {
    idp.wrongAudience = false;
  }
});
