import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

test("a beheerder invites someone, who accepts and signs in", async ({ page, browser }) => {
  const email = `nieuw-${Date.now()}@voorbeeld.nl`;
  await signIn(page, "beheerder@voorbeeld.nl");
  await page.getByRole("link", { name: "Leden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden van Voorbeeld");
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
  await expect(invitee.getByRole("heading", { name: "Uitnodiging voor Voorbeeld" })).toBeVisible();
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
  await expect(invitee).toHaveURL(/\/voorbeeld$/);
  await expect(invitee.getByText("Voorbeeld · Uw rol: Facilitator")).toBeVisible();

  // The link was single-use.
  await invitee.goto(new URL(link!).pathname);
  await expect(invitee.getByRole("heading", { name: "Deze uitnodiging werkt niet meer" })).toBeVisible();
});
