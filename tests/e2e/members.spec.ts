import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { type Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { expectAccessible, signIn } from "./helpers";
import { runtime } from "./own-server";

// A gemeente of its own: the demo copy's members page collects people and fracties from
// other specs, which makes it slow to check.
const PASSWORD = "leden-wachtwoord";
const beheerder = { email: `beheerder-${crypto.randomBytes(3).toString("hex")}@leden.test`, name: "Bea Beheer", role: "BEHEERDER", password: PASSWORD };
let gemeente: { slug: string; name: string };

test.beforeAll(async () => {
  gemeente = await gemeenteWithPeople(runtime().databaseUrl, [beheerder]);
});

/** An account without a membership of the gemeente, written straight into the test database (a factory, not a stub). */
async function existingAccount(password: string) {
  const client = new pg.Client({ connectionString: runtime().databaseUrl });
  await client.connect();
  try {
    const tag = crypto.randomBytes(5).toString("hex");
    const email = `bestaand-${tag}@rivierdal.nl`;
    await client.query(`INSERT INTO "user" (id, name, email, password_hash) VALUES ($1, 'Bea Bestaand', $2, $3)`, [`u${tag}`, email, await hash(password)]);
    return email;
  } finally {
    await client.end();
  }
}

/** As the signed-in beheerder: an invitation to the gemeente for this address; returns the link's path. */
async function invite(page: Page, email: string) {
  await page.goto(`/${gemeente.slug}/leden`);
  const invite = page.getByRole("region", { name: "Iemand uitnodigen" });
  await invite.getByLabel("E-mailadres").fill(email);
  await invite.getByRole("button", { name: "Uitnodiging maken" }).click();
  return new URL((await page.getByTestId("invitation-link").textContent())!).pathname;
}

test("a beheerder invites someone, who accepts and signs in", async ({ page, browser }) => {
  const email = `nieuw-${Date.now()}@voorbeeld.nl`;
  await signIn(page, beheerder.email, PASSWORD);
  await page.getByRole("link", { name: "Leden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Leden van ${gemeente.name}`);
  await expectAccessible(page);

  const invite = page.getByRole("region", { name: "Iemand uitnodigen" });
  await invite.getByLabel("E-mailadres").fill(email);
  await invite.getByLabel("Rol").selectOption("FACILITATOR");
  await invite.getByRole("button", { name: "Uitnodiging maken" }).click();
  const link = await page.getByTestId("invitation-link").textContent();
  expect(link).toMatch(/\/uitnodiging\/[\w-]{40,}$/);
  await expect(page.getByRole("region", { name: "Openstaande uitnodigingen" }).getByText(email)).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByRole("heading", { name: `Uitnodiging voor ${gemeente.name}` })).toBeVisible();
  await invitee.getByLabel("Uw naam").fill("Nina Nieuw");
  await invitee.getByLabel("Kies een wachtwoord").fill("kort");
  await invitee.getByLabel("Herhaal het wachtwoord").fill("kort");
  await invitee.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(invitee.getByText("Kies een wachtwoord van minstens 10 tekens.")).toBeVisible();
  await expect(invitee.getByLabel("Uw naam")).toHaveValue("Nina Nieuw");

  await invitee.getByLabel("Kies een wachtwoord").fill("een-goed-wachtwoord");
  await invitee.getByLabel("Herhaal het wachtwoord").fill("een-goed-wachtwoord");
  await invitee.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(invitee).toHaveURL(/\/inloggen\?email=/);
  await expect(invitee.getByLabel("E-mailadres")).toHaveValue(email);
  await invitee.getByLabel("Wachtwoord").fill("een-goed-wachtwoord");
  await invitee.getByRole("button", { name: "Inloggen" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/${gemeente.slug}$`));
  await expect(invitee.getByText(`${gemeente.name} · Uw rol: Facilitator`)).toBeVisible();

  // The link was single-use.
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByRole("heading", { name: "Deze uitnodiging werkt niet meer" })).toBeVisible();
});

test("an invitation is no way around the sign-in limit: after five wrong passwords even the right one is refused", async ({ page, browser }) => {
  const email = await existingAccount("het-eigen-wachtwoord");
  await signIn(page, beheerder.email, PASSWORD);
  const link = await invite(page, email);

  const guesser = await (await browser.newContext()).newPage();
  await guesser.goto(link);
  const password = guesser.getByLabel("Uw huidige wachtwoord");
  const submit = guesser.getByRole("button", { name: "Uitnodiging aannemen" });
  for (let i = 0; i < 5; i++) {
    await password.fill(`geraden-${i}`);
    await submit.click();
    await expect(guesser.getByText("Dit wachtwoord klopt niet bij uw bestaande account.")).toBeVisible();
    await guesser.reload(); // a fresh form, so each message is this attempt's
  }
  await password.fill("het-eigen-wachtwoord");
  await submit.click();
  await expect(guesser.getByText(/Te veel mislukte pogingen met een wachtwoord\. Uw wachtwoord wordt 15 minuten niet gecontroleerd, ook niet als het klopt/)).toBeVisible();
  await expect(guesser).toHaveURL(link);
});

test("a beheerder removes a member and the page says so, although the member's row is gone", async ({ page }) => {
  const own = { email: `beheerder-${crypto.randomBytes(3).toString("hex")}@leden.test`, name: "Bas Beheer", role: "BEHEERDER", password: PASSWORD };
  const leaving = { email: `raadslid-${crypto.randomBytes(3).toString("hex")}@leden.test`, name: "Rik Vertrekt", role: "RAADSLID" };
  const place = await gemeenteWithPeople(runtime().databaseUrl, [own, leaving]);
  await signIn(page, own.email, PASSWORD);
  await page.goto(`/${place.slug}/leden`);
  const list = page.getByRole("region", { name: "Leden" });
  await list.getByText("Rik Vertrekt verwijderen uit deze gemeente").click();
  await list.getByRole("button", { name: "Verwijderen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het lidmaatschap is verwijderd." })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${place.slug}/leden\\?verwijderd=lid$`));
  await expect(list.getByText("Rik Vertrekt")).toHaveCount(0);
  await expectAccessible(page);
});
