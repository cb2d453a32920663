import { DEMO, expect, test } from "./demo";
import { expectAccessible, signIn } from "./helpers";

test("a signed-in member who follows a dead link keeps the app's navigation", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  for (const path of [DEMO.path("/bestaat-niet"), DEMO.path("/sessies/geen-sessie")]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Sessies" })).toBeVisible();
  }
  await expectAccessible(page);
});

test("a phone that adds Beraad to its home screen finds a manifest and icons", async ({ page, request }) => {
  await page.goto("/inloggen");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(manifestHref!)).json()) as { name: string; start_url: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ name: "Beraad", start_url: "/" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  const links = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  for (const src of [...manifest.icons.map((i) => i.src), ...links]) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()["content-type"], src).toMatch(/^image\//);
  }
});
