import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { expectAccessible, signIn } from "./helpers";
import { runtime } from "./own-server";

// A gemeente of its own, so the members page holds these people only (the demo copy
// collects people and fracties from other specs, which makes its page slow to check).
const tag = crypto.randomBytes(3).toString("hex");
const password = "privacy-wachtwoord";
const people = {
  beheerder: { email: `beheerder-${tag}@privacy.test`, name: "Bram Beheer", role: "BEHEERDER", password },
  griffier: { email: `griffier-${tag}@privacy.test`, name: "Gea Griffie", role: "GRIFFIER", password },
  paula: { email: `avg-paula-${tag}@privacy.test`, name: `Paula Privacy ${tag}`, role: "RAADSLID" },
  gerrit: { email: `avg-gerrit-${tag}@privacy.test`, name: `Gerrit Geheim ${tag}`, role: "RAADSLID" },
};
let slug: string;
const membershipOf: Record<string, string> = {};

test.beforeAll(async () => {
  const gemeente = await gemeenteWithPeople(runtime().databaseUrl, Object.values(people));
  slug = gemeente.slug;
  for (const [n, key] of Object.keys(people).entries()) membershipOf[key] = gemeente.memberships[n];
});

test("a beheerder downloads a person's data, then erases it after confirming", async ({ page }) => {
  const { name, email } = people.paula;
  const person = { email, membershipId: membershipOf.paula };
  await signIn(page, people.beheerder.email, password);
  await page.goto(`/${slug}/leden`);
  const exportPath = `/${slug}/leden/${person.membershipId}/gegevens.json`;
  expect((await page.request.get(exportPath)).status()).toBe(200);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Gegevens van ${name} downloaden (JSON)` }).click();
  const file = JSON.parse(fs.readFileSync((await (await download).path())!, "utf8"));
  expect(file).toMatchObject({ format: "beraad-persoonsgegevens", account: { name, email: person.email }, membership: { role: "RAADSLID" } });

  await page.getByText(`Gegevens van ${name} wissen`).click();
  await expectAccessible(page);
  const form = page.locator("form", { has: page.getByRole("button", { name: `Gegevens wissen ${name}` }) });
  await form.getByRole("button", { name: `Gegevens wissen ${name}` }).click();
  await expect(page.getByText("Vink aan dat u begrijpt dat dit niet ongedaan kan worden.")).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible(); // nothing happened

  await form.getByLabel("Ik begrijp dat dit niet ongedaan kan worden.").check();
  await form.getByRole("button", { name: `Gegevens wissen ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/leden\\?gewist=account`));
  await expect(page.getByRole("status").filter({ hasText: "De gegevens zijn gewist en het account is verwijderd." })).toBeVisible();
  await page.reload();
  await expect(page.getByText(person.email)).toHaveCount(0);
  expect((await page.request.get(exportPath)).status()).toBe(404);
});

test("retention setting: bad input keeps what was typed; saved and applied on demand", async ({ page }) => {
  await signIn(page, people.beheerder.email, password);
  await page.goto(`/${slug}/leden`);
  const card = page.getByRole("region", { name: "Bewaartermijn van werkbladantwoorden" });
  const months = card.getByLabel("Aantal maanden (1 tot 120)");
  await months.fill("twaalf");
  await card.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(card.getByText(/Vul een heel aantal maanden in/)).toBeVisible();
  await expect(months).toHaveValue("twaalf");
  await expect(months).toHaveAttribute("aria-invalid", "true");

  // 120 months; applying it works on this spec's own gemeente only (lib/privacy/retention.ts),
  // which has people but no sessions and so no answers: "Niets te doen" whatever the term.
  await months.fill("120");
  await card.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(card.getByText(/Opgeslagen\. Antwoorden van sessies ouder dan 120 maanden/)).toBeVisible();
  await card.getByRole("button", { name: "Bewaartermijn nu toepassen" }).click();
  await expect(card.getByText(/Niets te doen/)).toBeVisible();
  await expectAccessible(page);

  await months.fill("");
  await card.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(card.getByText("Opgeslagen. Er is geen bewaartermijn: antwoorden blijven bewaard.")).toBeVisible();
});

test("a griffier cannot reach a person's data export", async ({ page }) => {
  await signIn(page, people.griffier.email, password);
  expect((await page.request.get(`/${slug}/leden/${membershipOf.gerrit}/gegevens.json`)).status()).toBe(404);
});
