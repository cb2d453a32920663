import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { councilWithClosedWorksheetAndGuests } from "./council-factory";
import { RUNTIME_FILE, expectAccessible, signIn } from "./helpers";

// Guests answer a herhaling too (issue 12): the griffier starts a herhaling with guests,
// guests join with its own code on a phone without JavaScript, answer and change their
// answer, are refused once it closes, and the review shows their groups per round beside
// the council (below k: "te weinig antwoorden"). The council is made for this spec alone.

const runtime = () => JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
// 320 CSS px, no JavaScript: the phone the issue asks to keep working.
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, javaScriptEnabled: false };
const PASSWORD = "herhaling-gasten-wachtwoord";

const councilCard = (page: Page) => page.locator("form", { has: page.getByRole("heading", { name: "Gemeenteraad: welke rol past?" }) });

/** `check`: with JavaScript (axe runs as a script in the page) and an axe check of the join page. */
async function joinRepeat(browser: Browser, code: string, group: string, { check = false } = {}) {
  const page = await (await browser.newContext({ ...PHONE, javaScriptEnabled: check })).newPage();
  await page.goto(`/meedoen?code=${code}`);
  await expect(page.getByText("Dit is een herhaling van het werkblad (2027-09-01).")).toBeVisible();
  if (check) await expectAccessible(page);
  await page.getByRole("radio", { name: group }).check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/gast\/herhaling\/[\w-]+$/);
  return page;
}

/** With JavaScript: the choice saves itself. */
async function answerWithScript(page: Page, rung: string) {
  await councilCard(page).getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
  await expect(councilCard(page).getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
}

/** Without JavaScript: a plain form post, then the page shows the saved choice. */
async function answer(page: Page, rung: string) {
  await councilCard(page).getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
  await councilCard(page).getByRole("button", { name: /^Opslaan/ }).click();
  await page.goto(page.url().split("?")[0]!);
  await expect(councilCard(page).getByRole("radio", { name: new RegExp(`^${rung}`) })).toBeChecked();
}

test("guests answer a herhaling with its own code on a phone without JavaScript, and the shift shows their groups per round beside the council", async ({ browser }) => {
  test.setTimeout(180_000);
  const council = await councilWithClosedWorksheetAndGuests(runtime().databaseUrl, { password: PASSWORD });
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffierEmail, PASSWORD);
  await griffier.goto(council.reviewPath);
  const repeats = griffier.getByRole("region", { name: "Herhalingen en verschuiving" });
  await repeats.getByLabel(/^Gasten vullen de herhaling ook in/).check();
  await repeats.getByRole("button", { name: "Herhaling starten voor 2027-09-01" }).click();
  await expect(repeats.getByText("De herhaling is gestart.")).toBeVisible();
  await griffier.reload();
  const code = (await repeats.getByTestId("repeat-join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(repeats.getByText("Nog geen gasten in deze herhaling.")).toBeVisible();
  await expectAccessible(griffier);

  // Three inwoners and one ambtenaar join with the herhaling's code; one inwoner (without JavaScript) changes their answer.
  const first = await joinRepeat(browser, code, "Inwoners", { check: true });
  await expect(first.getByText("Herhaling van 2027-09-01: Halfjaarlijkse evaluatie")).toBeVisible();
  await answerWithScript(first, "Loslaten");
  await expectAccessible(first);
  const others: Page[] = [];
  for (const group of ["Inwoners", "Inwoners", "Ambtenaren"]) {
    const page = await joinRepeat(browser, code, group);
    await expect(page.getByText(`U doet mee als gast (${group}).`)).toBeVisible();
    if (others.length === 0) await answer(page, "Reguleren");
    await answer(page, "Loslaten");
    others.push(page);
  }

  // The herhaling's cookie opens nothing of the session's live phase.
  const repeatUrl = first.url().split("?")[0]!;
  const response = await first.goto(`/gast/${council.sessionId}`);
  expect(response?.status()).toBe(404);

  await griffier.reload();
  await expect(repeats.getByText("4 gasten in deze herhaling.")).toBeVisible();
  await repeats.getByRole("button", { name: /Werkblad sluiten/ }).click();
  await expect(repeats.getByText("Het werkblad is gesloten.")).toBeVisible();

  // Closed: the guest's page and answer are gone for them.
  expect((await first.goto(repeatUrl))?.status()).toBe(404);
  await first.context().close();
  for (const page of others) await page.context().close();

  await griffier.reload();
  const guests = griffier.getByTestId("shift-guests-gemeenteraad");
  await expect(guests.getByRole("columnheader", { name: /Herhaling 1/ })).toBeVisible();
  // Inwoners: three answers, all loslaten (the changed one counted once). Ambtenaren: one, below k.
  await expect(guests.getByRole("row", { name: /^Inwoners te weinig antwoorden 3 antwoorden Loslaten 3 \(100%\)$/ })).toBeVisible();
  await expect(guests.getByRole("row", { name: /^Ambtenaren te weinig antwoorden te weinig antwoorden$/ })).toBeVisible();
  await expectAccessible(griffier);
  await griffier.context().close();
});
