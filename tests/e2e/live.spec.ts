import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { type Browser, type Page } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import { createSession, expectAccessible, signIn } from "./helpers";
import { OwnServer } from "./own-server";

async function contextFor(browser: Browser, email: string, phone = false) {
  const page = await (await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : { viewport: { width: 1920, height: 1080 } })).newPage();
  await signIn(page, email);
  return page;
}

/** The griffier prepares a live-ready session: people invited, a worksheet question, worksheet open, prepared. */
async function preparedSession(browser: Browser, title: string) {
  const griffier = await contextFor(browser, DEMO.griffier);
  const url = await createSession(griffier, title, ["Fatima Facilitator", "Anouk Jansen", "Bram de Vries"]);
  await griffier.goto(`${url}/stappen/rolopvatting`);
  await griffier.getByLabel("Vraag op het rolkeuzeformulier").fill("Welke rol past de gemeente bij veiligheid in de wijk?");
  await expect(griffier.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await griffier.getByRole("button", { name: "Werkblad openen" }).click();
  await expect(griffier.getByText("Het werkblad is geopend.")).toBeVisible();
  await griffier.goto(url);
  await griffier.getByRole("button", { name: "Voorbereiding afronden" }).click();
  await expect(griffier.getByText("De status is gewijzigd.")).toBeVisible();
  await griffier.context().close();
  return url;
}

async function goLive(facilitator: Page, url: string) {
  await facilitator.goto(url);
  await facilitator.getByRole("button", { name: "Sessie live zetten" }).click();
  await facilitator.getByRole("link", { name: "Projectiescherm openen" }).click();
  const code = (await facilitator.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(facilitator.getByText("Live verbonden.")).toBeVisible();
  return code;
}

async function joinAndAnswer(page: Page, code: string, rung: string) {
  await page.goto("/meedoen");
  await page.getByLabel("Code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByRole("heading", { name: "Uw rolkeuze" })).toBeVisible();
  const council = page.locator("form", { has: page.getByRole("heading", { name: "Welke rol past bij Gemeenteraad?" }) });
  await council.getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
}

test("live session: two raadsleden join by code, the projector counts them within 2 seconds but shows no figures until closing; too few stay hidden; review, PDF, axe", async ({ browser }) => {
  test.setTimeout(120_000);
  const url = await preparedSession(browser, `Live ${Date.now()}`);
  const facilitator = await contextFor(browser, DEMO.facilitator);
  const code = await goLive(facilitator, url);
  await expectAccessible(facilitator);

  const anouk = await contextFor(browser, DEMO.raadslid1, true);
  const bram = await contextFor(browser, DEMO.raadslid2, true);

  await joinAndAnswer(anouk, code, "Faciliteren");
  await expect(facilitator.getByTestId("respondents")).toHaveText("1 raadslid heeft geantwoord", { timeout: 2_000 });
  await joinAndAnswer(bram, code, "Stimuleren");
  await expect(facilitator.getByTestId("respondents")).toHaveText("2 raadsleden hebben geantwoord", { timeout: 2_000 });
  // Anonymous: nothing moves on screen when one person taps — no figures while the worksheet is open.
  await expect(facilitator.getByTestId("publication-open")).toHaveText("Het werkblad staat open. De uitslag verschijnt wanneer het sluit.");
  await expect(facilitator.getByRole("row")).toHaveCount(0);

  // A wrong code is refused with a Dutch message.
  await anouk.goto("/meedoen?code=ZZZZZZ");
  await expect(anouk.getByText(/Deze code kennen we niet/)).toBeVisible();

  // Closing the session closes the worksheet: the projector then shows the result — here two
  // answers, fewer than the gemeente's minimum group size of five, so still no figures.
  const control = await facilitator.context().newPage();
  await control.goto(url);
  await control.getByRole("button", { name: "Sessie afsluiten" }).click();
  await expect(control.getByText("De status is gewijzigd.")).toBeVisible();
  await expect(facilitator.getByTestId("actor-Gemeenteraad")).toContainText("Te weinig antwoorden om anoniem te tonen (minimaal 5).", { timeout: 2_000 });
  await expect(facilitator.getByRole("row")).toHaveCount(0);
  await control.close();
  await facilitator.goto(url);
  await facilitator.getByRole("link", { name: "Terugblik" }).click();
  await facilitator.getByLabel("Wat viel op?").fill("De raad wil vooral faciliteren.");
  await facilitator.getByRole("button", { name: "Terugblik opslaan" }).click();
  await expect(facilitator.getByText("Opgeslagen.")).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "Gemeenteraad" }).getByText("Te weinig antwoorden om anoniem te tonen (minimaal 5).")).toBeVisible();
  await expect(facilitator.getByRole("table", { name: "Aantal keuzes per trede voor Gemeenteraad" })).toHaveCount(0);
  await expectAccessible(facilitator);

  const download = facilitator.waitForEvent("download");
  await facilitator.getByRole("link", { name: "Verslag als PDF" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain("Live ");
  expect(text).toContain("De raad wil vooral faciliteren.");
  expect(text).toMatch(/Te weinig antwoorden om anoniem te\s+tonen/);
  expect(text).not.toMatch(/Faciliteren: 1/);
});

test("an answer through one app instance appears live on a projector served by another", async ({ browser }) => {
  test.setTimeout(150_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 80; // next to the main instance, so parallel runs do not collide
  const second = new OwnServer(port);
  await second.start();
  try {
    const url = await preparedSession(browser, `Twee instanties ${Date.now()}`);
    const facilitator = await contextFor(browser, DEMO.facilitator);
    const code = await goLive(facilitator, url);

    // The projector is served by the second instance (cookies are per host, not per port).
    const projectorOnB = new URL(facilitator.url());
    projectorOnB.port = String(port);
    await facilitator.goto(projectorOnB.toString());
    await expect(facilitator.getByText("Live verbonden.")).toBeVisible();

    const anouk = await contextFor(browser, DEMO.raadslid1, true);
    await joinAndAnswer(anouk, code, "Loslaten");
    await expect(facilitator.getByTestId("respondents")).toHaveText("1 raadslid heeft geantwoord", { timeout: 2_000 });
  } finally {
    await second.stop();
  }
});
