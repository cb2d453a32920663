import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { expectAccessible, signIn } from "./helpers";
import { runtime } from "./own-server";

// The planning of one session: deadlines planned backwards from the date, owners per
// step, the SVG timeline and its table, late steps in words. A gemeente of its own.
const tag = crypto.randomBytes(3).toString("hex");
const password = "planning-wachtwoord";
const people = {
  griffier: { email: `griffier-${tag}@planstad.test`, name: "Greet Griffie", role: "GRIFFIER", password },
  facilitator: { email: `facilitator-${tag}@planstad.test`, name: "Frank Facilitator", role: "FACILITATOR", password },
  raadslid: { email: `raadslid-${tag}@planstad.test`, name: "Roos Raadslid", role: "RAADSLID", password },
};
let slug: string;
let sessionUrl: string;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  slug = (await gemeenteWithPeople(runtime().databaseUrl, Object.values(people))).slug;
});

/**
 * "YYYY-MM-DD", `days` from today in Amsterdam, as the app counts (24 days: steps 1–5 are late,
 * 6–8 not yet, whatever the hour). Not the UTC date: between midnight in Amsterdam and midnight
 * UTC that is a day behind, and every count below would be off by one.
 */
const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
const inDays = (days: number) => new Date(Date.parse(AMSTERDAM_DATE.format(new Date())) + days * 86_400_000).toISOString().slice(0, 10);

test("the griffier plans a session backwards from its date and sees what is late", async ({ page }) => {
  await signIn(page, people.griffier.email, password);
  await page.goto(`/${slug}/sessies/nieuw`);
  await page.getByLabel("Titel").fill("Planning van de wijkaanpak");
  await page.getByLabel("Thema").fill("wijken");
  await page.getByLabel("Datum").fill(inDays(24));
  await page.getByLabel("Begintijd").fill("19:30");
  await page.getByLabel("Eindtijd").fill("22:00");
  await page.getByLabel(people.facilitator.name).check();
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Planning van de wijkaanpak" })).toBeVisible();
  await expect(page.getByText(/19:30–22:00/)).toBeVisible();
  sessionUrl = page.url();

  await page.getByRole("link", { name: "Planning en tijdlijn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Planning" })).toBeVisible();
  // Late is said in words, in the notice, the table and the timeline's labels — not by colour alone.
  await expect(page.getByText("5 stappen zijn te laat (stap 1, 2, 3, 4, 5).")).toBeVisible();
  const table = page.getByRole("table", { name: /wie hem trekt/ });
  await expect(table.locator("tr[data-late]")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /^1\. Organiseer het proces/ })).toContainText(/Te laat: 32 dagen over de deadline/);
  await expect(table.getByRole("row", { name: /^6\./ })).toContainText("Nog 3 dagen");
  const timeline = page.getByRole("img", { name: "Tijdlijn van de voorbereiding" });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator("text").filter({ hasText: "te laat" })).toHaveCount(5);
  await expect(timeline.locator("text").filter({ hasText: "vandaag" })).toHaveCount(1);
  await expectAccessible(page);

  // The facilitator carries step 1, and step 2 gets more time.
  // The form is one visible link away (keyboard users find it in the tab order), in the same table.
  await page.getByRole("link", { name: "Planning aanpassen" }).click();
  await page.getByLabel("Eigenaar van stap 1", { exact: true }).selectOption({ label: people.facilitator.name });
  await page.getByLabel("Deadline van stap 2", { exact: true }).fill(inDays(10));
  await page.getByRole("button", { name: "Planning opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expect(page.getByText("4 stappen zijn te laat (stap 1, 3, 4, 5).")).toBeVisible();
  await page.getByRole("link", { name: "Klaar met aanpassen" }).click();
  await expect(page.getByLabel("Eigenaar van stap 1", { exact: true })).toHaveCount(0);
  await expect(table.getByRole("row", { name: /^1\./ })).toContainText(people.facilitator.name);
  await expect(table.getByRole("row", { name: /^2\./ })).toContainText("Nog 10 dagen");

  // A step's status follows its content: typing in an open step makes it "bezig".
  await page.goto(`${sessionUrl}/stappen/probleem`);
  await expect(page.getByRole("radio", { name: "Open" })).toBeChecked();
  await page.getByLabel("Wat is het probleem?").fill("Wijkteams en scholen werken langs elkaar heen.");
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole("radio", { name: "Bezig" })).toBeChecked();

  // A step that is done is no longer late. The n.v.t. reason shows only while n.v.t. is chosen.
  await page.goto(`${sessionUrl}/stappen/proces`);
  const reason = page.getByLabel("Waarom is deze stap niet van toepassing?");
  await expect(reason).toBeHidden();
  await page.getByRole("radio", { name: "N.v.t." }).check();
  await expect(reason).toBeVisible();
  await page.getByRole("radio", { name: "Klaar" }).check();
  await expect(reason).toBeHidden();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
  await page.goto(`${sessionUrl}/planning`);
  await expect(page.getByText("3 stappen zijn te laat (stap 3, 4, 5).")).toBeVisible();
  await expectAccessible(page);
});

test("the facilitator reads the planning without changing it; a raadslid does not see it", async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  await signIn(facilitator, people.facilitator.email, password);
  await facilitator.goto(`${sessionUrl}/planning`);
  await expect(facilitator.getByRole("heading", { level: 1, name: "Planning" })).toBeVisible();
  await expect(facilitator.getByRole("button", { name: "Planning opslaan" })).toHaveCount(0);
  await expectAccessible(facilitator);
  await facilitator.context().close();

  const raadslid = await (await browser.newContext()).newPage();
  await signIn(raadslid, people.raadslid.email, password);
  const response = await raadslid.goto(`${sessionUrl}/planning`);
  expect(response?.status()).toBe(404);
  await raadslid.context().close();
});
