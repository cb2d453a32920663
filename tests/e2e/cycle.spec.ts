import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { expectAccessible, signIn } from "./helpers";
import { runtime } from "./own-server";

// Starting and preparing a session together: the shipped template, a copy of an earlier
// session, and a raadslid of the preparation group editing a step. A gemeente of its own.
const tag = crypto.randomBytes(3).toString("hex");
const password = "cyclus-wachtwoord";
const people = {
  griffier: { email: `griffier-${tag}@cyclus.test`, name: "Gijs Griffie", role: "GRIFFIER", password },
  facilitator: { email: `facilitator-${tag}@cyclus.test`, name: "Fenna Facilitator", role: "FACILITATOR", password },
  preparer: { email: `meebereider-${tag}@cyclus.test`, name: "Mila Meebereider", role: "RAADSLID", password },
  other: { email: `raadslid-${tag}@cyclus.test`, name: "Ruud Raadslid", role: "RAADSLID", password },
};
let slug: string;
let templateSession: string;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  slug = (await gemeenteWithPeople(runtime().databaseUrl, Object.values(people))).slug;
});

test("the griffier starts a session from the shipped template and another as a copy of it", async ({ page }) => {
  await signIn(page, people.griffier.email, password);
  await page.goto(`/${slug}/sessies/nieuw`);
  await page.getByRole("link", { name: "Uit een sjabloon" }).click();
  await expect(page.getByRole("link", { name: "Uit een sjabloon" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("Sjabloon")).toHaveValue("raad-in-beraad");
  await expectAccessible(page);
  await page.getByLabel("Titel").fill("Mobiliteit in de wijk");
  await page.getByLabel("Thema").fill("mobiliteit");
  await page.getByLabel("Datum").fill("2027-11-04");
  await page.getByLabel(people.facilitator.name).check();
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobiliteit in de wijk" })).toBeVisible();
  await expect(page.getByText("Gemaakt uit het sjabloon Raad in Beraad")).toBeVisible();
  templateSession = page.url();

  // The template's programme and prompts came along; the owners are the griffier and the facilitator.
  await expect(page.getByText(/5 onderdelen/)).toBeVisible();
  await page.goto(`${templateSession}/stappen/probleem`);
  await expect(page.getByTestId("step-prompt")).toContainText("zonder oplossing");
  await page.goto(`${templateSession}/planning`);
  const table = page.getByRole("table", { name: /wie hem trekt/ });
  await expect(table.getByRole("row", { name: /^1\./ })).toContainText(people.griffier.name);
  await expect(table.getByRole("row", { name: /^4\./ })).toContainText(people.facilitator.name);

  // Some content in step 3, then a copy with the steps but not the programme.
  await page.goto(`${templateSession}/stappen/probleem`);
  await page.getByLabel("Wat is het probleem?").fill("Drukte rond scholen in de ochtend.");
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });

  await page.goto(`/${slug}/sessies/nieuw?vanuit=kopie`);
  await expectAccessible(page);
  const source = page.getByLabel("Sessie om te kopiëren");
  await source.selectOption((await source.locator("option", { hasText: "Mobiliteit in de wijk" }).getAttribute("value"))!);
  await page.getByLabel("Het programma").uncheck();
  await expect(page.getByLabel("De inhoud van de tien stappen")).toBeChecked();
  await page.getByLabel("Titel").fill("Mobiliteit, tweede ronde");
  await page.getByLabel("Thema").fill("mobiliteit");
  await page.getByLabel("Datum").fill("2028-03-02");
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobiliteit, tweede ronde" })).toBeVisible();
  await expect(page.getByTestId("copied-from")).toHaveText("Kopie van Mobiliteit in de wijk");
  await expect(page.getByText("Nog geen onderdelen")).toBeVisible();
  await page.goto(`${page.url()}/stappen/probleem`);
  await expect(page.getByLabel("Wat is het probleem?")).toHaveValue("Drukte rond scholen in de ochtend.");
});

test("a raadslid of the preparation group edits a step of that session; another raadslid cannot", async ({ page, browser }) => {
  await signIn(page, people.griffier.email, password);
  await page.goto(templateSession);
  await page.locator("summary", { hasText: "Voorbereidingsgroep kiezen" }).click();
  await page.getByRole("group", { name: "Raadsleden die meebereiden" }).getByLabel(people.preparer.name).check();
  await page.getByRole("button", { name: "Groep opslaan" }).click();
  await expect(page.getByTestId("preparation-group")).toHaveText(people.preparer.name);
  // The group's raadslid can now be made owner of a step.
  await page.goto(`${templateSession}/planning?aanpassen`);
  await page.getByLabel("Eigenaar van stap 2", { exact: true }).selectOption({ label: people.preparer.name });
  await page.getByRole("button", { name: "Planning opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();

  const preparer = await (await browser.newContext()).newPage();
  await signIn(preparer, people.preparer.email, password);
  await preparer.goto(`${templateSession}/stappen/probleem`);
  await expect(preparer.getByTestId("step-prompt")).toBeVisible();
  await expectAccessible(preparer);
  await preparer.getByLabel("Wat is het probleem?").fill("Drukte rond scholen, vooral tussen 8 en 9 uur.");
  await preparer.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(preparer.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await preparer.reload();
  await expect(preparer.getByLabel("Wat is het probleem?")).toHaveValue("Drukte rond scholen, vooral tussen 8 en 9 uur.");
  // They see the planning, with the step they own, but have nothing to change there.
  await preparer.goto(templateSession);
  await preparer.getByRole("link", { name: "Planning en tijdlijn" }).click();
  await expect(preparer.getByRole("table", { name: /wie hem trekt/ }).getByRole("row", { name: /^2\./ })).toContainText(people.preparer.name);
  await expect(preparer.getByRole("link", { name: "Planning aanpassen" })).toHaveCount(0);
  await expectAccessible(preparer);
  await preparer.context().close();

  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, people.other.email, password);
  const response = await outsider.goto(`${templateSession}/stappen/probleem`);
  expect(response?.status()).toBe(404);
  await outsider.context().close();
});

test("the griffier keeps a session as a template, renames it and deletes it; the session list marks a copy", async ({ page }) => {
  await signIn(page, people.griffier.email, password);
  await page.goto(`/${slug}/sessies`);
  await expect(page.getByText("Kopie van Mobiliteit in de wijk")).toBeVisible();

  await page.goto(templateSession);
  await page.locator("summary", { hasText: "Opslaan als sjabloon" }).click();
  await page.getByLabel("Naam van het sjabloon").fill("Mobiliteitsavond");
  await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
  await expect(page.getByText(/Het sjabloon Mobiliteitsavond is opgeslagen/)).toBeVisible();

  await page.goto(`/${slug}/sessies/nieuw?vanuit=sjabloon`);
  await page.getByRole("link", { name: "Eigen sjablonen beheren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sjablonen" })).toBeVisible();
  const template = page.getByRole("region", { name: "Mobiliteitsavond" });
  await expectAccessible(page);

  // Too short a name is refused in Dutch and keeps what was typed.
  await template.getByLabel("Naam van het sjabloon").fill("Mo");
  await template.getByLabel("Omschrijving").fill("Met de scholen");
  await template.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(template.getByText(/minstens 3 tekens/).first()).toBeVisible();
  await expect(template.getByLabel("Omschrijving")).toHaveValue("Met de scholen");
  await template.getByLabel("Naam van het sjabloon").fill("Mobiliteit en scholen");
  await template.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Mobiliteit en scholen" })).toBeVisible();

  const renamed = page.getByRole("region", { name: "Mobiliteit en scholen" });
  await renamed.getByLabel("Ja, verwijder het sjabloon Mobiliteit en scholen").check();
  await renamed.getByRole("button", { name: "Sjabloon verwijderen" }).click();
  await expect(page.getByText("Het sjabloon Mobiliteit en scholen is verwijderd.")).toBeVisible();
  await expect(page.getByText(/Nog geen eigen sjablonen/)).toBeVisible();
  await expectAccessible(page);
});
