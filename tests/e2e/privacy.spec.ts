import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { DEMO, expect, test } from "./demo";
import { RUNTIME_FILE, expectAccessible, signIn } from "./helpers";

/** A unique person in the demo gemeente, written straight into the test database (a factory, not a stub). */
async function addPerson(name: string) {
  const { databaseUrl } = JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = crypto.randomBytes(5).toString("hex");
    const email = `avg-${tag}@voorbeeld.nl`;
    await client.query(`INSERT INTO "user" (id, name, email) VALUES ($1, $2, $3)`, [`u${tag}`, name, email]);
    await client.query(
      `INSERT INTO membership (id, user_id, gemeente_id, role) SELECT $1, $2, id, 'RAADSLID' FROM gemeente WHERE slug = $3`,
      [`m${tag}`, `u${tag}`, DEMO.slug],
    );
    return { email, membershipId: `m${tag}` };
  } finally {
    await client.end();
  }
}

test("a beheerder downloads a person's data, then erases it after confirming", async ({ page }) => {
  const name = `Paula Privacy ${Date.now()}`;
  const person = await addPerson(name);
  await signIn(page, DEMO.beheerder);
  await page.goto(DEMO.path("/leden"));

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
  await expect(page).toHaveURL(new RegExp(`/${DEMO.slug}/leden\\?gewist=account`));
  await expect(page.getByRole("status").filter({ hasText: "De gegevens zijn gewist en het account is verwijderd." })).toBeVisible();
  await page.reload();
  await expect(page.getByText(person.email)).toHaveCount(0);
  expect((await page.request.get(`${DEMO.path()}/leden/${person.membershipId}/gegevens.json`)).status()).toBe(404);
});

test("retention setting: bad input keeps what was typed; saved and applied on demand", async ({ page }) => {
  await signIn(page, DEMO.beheerder);
  await page.goto(DEMO.path("/leden"));
  const card = page.getByRole("region", { name: "Bewaartermijn van werkbladantwoorden" });
  const months = card.getByLabel("Aantal maanden (1 tot 120)");
  await months.fill("twaalf");
  await card.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
  await expect(card.getByText(/Vul een heel aantal maanden in/)).toBeVisible();
  await expect(months).toHaveValue("twaalf");
  await expect(months).toHaveAttribute("aria-invalid", "true");

  // 120 months: the demo's sessions are recent, so applying it removes nothing here.
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
  const person = await addPerson(`Gerrit Geheim ${Date.now()}`);
  await signIn(page, DEMO.griffier);
  expect((await page.request.get(`${DEMO.path()}/leden/${person.membershipId}/gegevens.json`)).status()).toBe(404);
});
