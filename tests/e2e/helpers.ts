import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "beraad-demo";

/** Signs in through the real form; waits until the app has let us in (unless a refusal is expected). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { expectRefusal = false } = {}) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (!expectRefusal) await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** No WCAG 2.1 A/AA violations that axe can detect. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}
