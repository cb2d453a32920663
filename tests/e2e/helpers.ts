import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO } from "./demo";

export const DEMO_PASSWORD = "beraad-demo";

/** Signs in through the real form (on `signInPath`); waits until the app has let us in (unless a refusal is expected). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { expectRefusal = false, signInPath = "/inloggen" } = {}) {
  await page.goto(signInPath);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (!expectRefusal) await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** The WCAG 2.2 A/AA (with 2.0 and 2.1) violations axe detects on the page, one line each: "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** No WCAG 2.2 A/AA violations that axe can detect. */
export async function expectAccessible(page: Page) {
  // After a server action Next streams the page's metadata again, and for a moment the <title> is gone
  // (axe then reports document-title): check the settled page. A page without a title still fails here.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  expect(await axeViolations(page)).toEqual([]);
}

export { RUNTIME_FILE } from "./app-database";

/**
 * Collects next-intl's MISSING_MESSAGE console errors of a page from now on. Each page ships
 * only its client components' messages (lib/i18n/client-messages.ts): one it lacks shows as a
 * raw key, and next-intl says so in the console. Expect the list empty at the end.
 */
export function collectMissingMessages(page: Page): string[] {
  const missing: string[] = [];
  page.on("console", (message) => void (message.text().includes("MISSING_MESSAGE") && missing.push(message.text())));
  return missing;
}

/** Creates a session as the signed-in griffier, with people ticked by their names; returns its URL. */
export async function createSession(page: Page, title: string, people: string[] = []) {
  await page.goto(DEMO.path("/sessies/nieuw"));
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Thema").fill("veiligheid");
  await page.getByLabel("Datum").fill("2027-04-15");
  await page.getByLabel("Begintijd").fill("19:30");
  for (const name of people) await page.getByLabel(name).check();
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

/** As the signed-in griffier: a session with these people whose role-choice worksheet is open; returns its URL. */
export async function createSessionWithOpenWorksheet(page: Page, title: string, people: string[]) {
  const url = await createSession(page, title, people);
  await page.goto(`${url}/stappen/rolopvatting`);
  await page.getByLabel("Vraag op het rolkeuzeformulier").fill("Welke rol past de gemeente bij toegankelijke dienstverlening?");
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "Werkblad openen" }).click();
  await expect(page.getByText("Het werkblad is geopend.")).toBeVisible();
  return url;
}
