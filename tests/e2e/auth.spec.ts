import { DEMO, expect, test } from "./demo";
import { expectAccessible, signIn } from "./helpers";

test("the demo griffier signs in and sees the gemeente's home", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await expect(page).toHaveURL(new RegExp(`/${DEMO.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom, Gerrit de Griffier");
  await expect(page.getByText("Voorbeeld · Uw rol: Griffier")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a return path that leads elsewhere is not followed after signing in", async ({ page, baseURL }) => {
  // Should the browser be sent there, it lands on this stand-in page instead of failing to resolve the name.
  await page.route((url) => url.hostname === "evil.example", (route) => route.fulfill({ contentType: "text/html", body: "<h1>Elders</h1>" }));
  for (const terug of ["/%09/evil.example", "/%5Cevil.example", "//evil.example", "/%0a/evil.example"]) {
    await page.context().clearCookies();
    await signIn(page, DEMO.griffier, undefined, { signInPath: `/inloggen?terug=${terug}` });
    await expect(page, terug).toHaveURL(new RegExp(`/${DEMO.slug}$`));
    expect(new URL(page.url()).origin, terug).toBe(new URL(baseURL!).origin);
  }
});

test("after signing out, the old session cookie opens nothing: not a page, not /api/auth/session", async ({ page, baseURL }) => {
  await signIn(page, DEMO.raadslid2);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  // Replayed by another client that kept a copy of the cookie.
  const replay = (path: string) => fetch(new URL(path, baseURL), { headers: { cookie: `${cookie.name}=${cookie.value}` }, redirect: "manual" });

  expect((await replay(DEMO.path())).status).toBe(200);
  expect(await (await replay("/api/auth/session")).json()).toMatchObject({ user: { email: DEMO.raadslid2 } });

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);

  const pageAfter = await replay(DEMO.path());
  expect(pageAfter.status).toBe(307);
  expect(pageAfter.headers.get("location")).toMatch(/^\/inloggen/);
  expect(await (await replay("/api/auth/session")).json()).toEqual({});
});

test("a wrong password gets a Dutch message that does not reveal the account", async ({ page }) => {
  await signIn(page, DEMO.griffier, "niet-het-wachtwoord", { expectRefusal: true });
  const message = page.getByText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(message).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen/);

  await signIn(page, "bestaat-niet@voorbeeld.nl", "niet-het-wachtwoord", { expectRefusal: true });
  await expect(message).toBeVisible();
});

test("the sign-in page is accessible and available in English", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
});

test("a raadslid cannot open the member management page", async ({ page }) => {
  await signIn(page, DEMO.raadslid1);
  await expect(page).toHaveURL(new RegExp(`/${DEMO.slug}$`));
  await expect(page.getByRole("link", { name: /^Leden/ })).toHaveCount(0);
  const response = await page.goto(DEMO.path("/leden"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
});

test("a signed-in member of one gemeente gets 'niet gevonden' for another", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await expect(page).toHaveURL(new RegExp(`/${DEMO.slug}$`));
  const response = await page.goto("/een-andere-gemeente");
  expect(response?.status()).toBe(404);
});
