import { type Page } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import { collectMissingMessages, createSession, expectAccessible, signIn } from "./helpers";

const newSession = (page: Page, title: string) => createSession(page, title, ["Fatima Facilitator", "Anouk Jansen"]);

test("the griffier creates a session and sees the ten steps at a glance", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await page.goto(DEMO.path("/sessies/nieuw"));
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByText("Vul een titel in van minstens 3 tekens.")).toBeVisible();
  await page.getByLabel("Titel").fill("Veilige wijken");
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByText("Vul een thema in, bijvoorbeeld jeugdzorg.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Veilige wijken");

  const url = await newSession(page, `Veilige wijken ${Date.now()}`);
  await expect(page.getByText("0 van 10 klaar")).toBeVisible();
  await expect(page.getByRole("link", { name: "Volgende stap: Organiseer het proces" })).toBeVisible();
  // The facilitator is named on the session (and again on its attendance list).
  await expect(page.getByText("Fatima Facilitator").first()).toBeVisible();
  await expectAccessible(page);
  expect(url).toMatch(new RegExp(`/${DEMO.slug}/sessies/\\w+$`));
});

test("a step autosaves, shows its warnings, and keeps its data after a reload", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  const url = await newSession(page, `Autosave ${Date.now()}`);
  await page.goto(`${url}/stappen/probleem`);
  await expect(page.getByRole("heading", { level: 1, name: "Draag niet te snel oplossingen aan" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Voorgestelde oplossing (mag leeg blijven)").fill("Meer cameratoezicht");
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/Er staat al een oplossing/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Voorgestelde oplossing (mag leeg blijven)")).toHaveValue("Meer cameratoezicht");

  await page.getByLabel("Klaar").check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
  await page.goto(url);
  await expect(page.getByText("1 van 10 klaar")).toBeVisible();
});

test("two people editing one step: the second gets a Dutch conflict message and keeps their input", async ({ page, browser }) => {
  // Two browsers, two sign-ins and two autosaves: past the default 30 s on two shared cores.
  test.setTimeout(60_000);
  await signIn(page, DEMO.griffier);
  const url = await newSession(page, `Conflict ${Date.now()}`);
  const stepUrl = `${url}/stappen/probleem`;
  await page.goto(stepUrl);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.griffier);
  // The other version is shown with the step's own labels: the page ships its step's messages (issue 17).
  const missingMessages = collectMissingMessages(other);
  await other.goto(stepUrl);

  await page.getByLabel("Wat is het probleem?").fill("Versie A: overlast in de avond");
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });

  await other.getByLabel("Wat is het probleem?").fill("Versie B: te weinig jongerenwerk");
  await expect(other.getByText(/heeft deze stap intussen gewijzigd/)).toBeVisible({ timeout: 10_000 });
  await expect(other.getByLabel("Wat is het probleem?")).toHaveValue("Versie B: te weinig jongerenwerk");
  await expect(other.getByText("Versie A: overlast in de avond")).toBeVisible();
  await expect(other.getByRole("region", { name: /^Versie van / }).getByRole("term").first()).toHaveText("Wat is het probleem?");
  expect(missingMessages, "messages missing in the browser").toEqual([]);

  await other.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(other.getByText(/Opgeslagen om/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Wat is het probleem?")).toHaveValue("Versie B: te weinig jongerenwerk");
});

test("the programme is built and reordered with the keyboard, and shows the total", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  const url = await newSession(page, `Programma ${Date.now()}`);
  await page.goto(`${url}/programma`);
  const add = page.getByRole("region", { name: "Nieuw onderdeel" });
  for (const [title, minutes] of [["Welkom", "10"], ["Casussen", "45"]]) {
    await add.getByLabel("Titel").fill(title);
    await add.getByLabel("Duur (minuten)").fill(minutes);
    await add.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toBeVisible();
  }
  await expect(page.getByText("Totale duur: 55 minuten")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Omhoog Casussen" }).focus();
  await page.keyboard.press("Enter");
  // Each item's heading carries its clock time: moved up, Casussen starts the session and Welkom follows it.
  const headings = page.getByRole("heading", { level: 2 });
  await expect(headings.first()).toHaveText(/^(\d\d:\d\d)–(\d\d:\d\d) · Casussen$/);
  const [start, end] = (await headings.first().textContent())!.match(/\d\d:\d\d/g)!;
  await expect(headings.nth(1)).toHaveText(new RegExp(`^${end}–\\d\\d:\\d\\d · Welkom$`));
  expect(start).not.toEqual(end);
});

test("evaluation moments download as an iCalendar file", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await page.goto(DEMO.path("/sessies"));
  await page.getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  await expect(page.getByText(/Het evaluatiemoment van .* is voorbij/)).toBeVisible();
  await expect(page.getByText(/schijninspraak/)).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "evaluatiemomenten.ics" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4); // two evaluation moments, two commitments
});

test("the griffier works through all ten steps by keyboard and mouse and sees 10 of 10 klaar", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.griffier);
  const url = await newSession(page, `Tien stappen ${Date.now()}`);
  // From step to step in the browser, each step page brings its own step's messages.
  const missingMessages = collectMissingMessages(page);
  await page.getByRole("link", { name: /Volgende stap/ }).click();
  for (let step = 1; step <= 10; step++) {
    await expect(page.getByText(`Stap ${step} van 10`)).toBeVisible();
    if (step % 2 === 0) {
      // Keyboard: focus the status radio and choose it with the space bar, save with Enter.
      await page.getByRole("radio", { name: "Klaar" }).focus();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Opslaan", exact: true }).focus();
      await page.keyboard.press("Enter");
    } else {
      await page.getByRole("radio", { name: "Klaar" }).check();
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    }
    await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
    if (step < 10) await page.getByRole("link", { name: /^Volgende stap:/ }).click();
  }
  await page.goto(url);
  await expect(page.getByText("10 van 10 klaar")).toBeVisible();
  await expect(page.getByText("Alle stappen zijn klaar of niet van toepassing.")).toBeVisible();
  expect(missingMessages, "messages missing in the browser").toEqual([]);
});

test("a raadslid sees the shared statement and programme but cannot edit or open the steps", async ({ page }) => {
  await signIn(page, DEMO.raadslid1);
  await page.goto(DEMO.path("/sessies"));
  await page.getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  // Raadsleden are addressed as the council that weighs: what residents and partners can influence.
  await expect(page.getByRole("heading", { name: "Ruimte voor inbreng: wat inwoners en partners wel en niet kunnen beïnvloeden" })).toBeVisible();
  await expect(page.getByText("Inwoners en partners kunnen niet meebeslissen", { exact: false })).toBeVisible();
  await expect(page.getByText("U kunt niet meebeslissen", { exact: false })).toHaveCount(0);
  await expect(page.getByText("Voorbereiding in tien stappen")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Voorbereiding afronden" })).toHaveCount(0);
  await expectAccessible(page);

  const stepResponse = await page.goto(`${page.url()}/stappen/probleem`);
  expect(stepResponse?.status()).toBe(404);
  await page.goBack();
  await page.getByRole("link", { name: "Programma", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Welkom en doel van de avond/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Omhoog/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Nieuw onderdeel" })).toHaveCount(0);
});
