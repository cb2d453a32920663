import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startOriServer } from "../support/ori-server";
import { councilWithProgramme } from "./council-factory";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";
import { appDatabase } from "./matrix-fixtures";

// The programme's clock times, the draaiboek (print page and PDF, its text read back)
// and the Open Raadsinformatie picker against a local fixture server. Own gemeente.

test("the programme shows clock times and the overrun; the draaiboek prints without navigation and downloads as a PDF", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = appDatabase();
  const council = await councilWithProgramme(db, DEMO_PASSWORD).finally(() => db.$disconnect());
  const page = await (await browser.newContext()).newPage();
  await signIn(page, council.griffier);

  await page.goto(council.programmePath);
  await expect(page.getByRole("heading", { level: 2, name: "19:30–20:00 · Opening en kennismaking" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "20:00–20:45 · Stellingen over jeugdhulp" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "20:45–21:15 · Afspraken" })).toBeVisible();
  await expect(page.getByText("Let op: het programma loopt 15 minuten uit. De sessie eindigt om 21:00, het programma om 21:15.")).toBeVisible();
  await expect(page.getByText(/^Oordeelsvorming · 45 min\. · Stellingenspel/)).toBeVisible();

  await page.getByRole("link", { name: "Draaiboek (afdrukken)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Draaiboek: ${council.title}` })).toBeVisible();
  // Outside the app shell: no site navigation, only the page's own links (hidden on paper).
  await expect(page.getByRole("banner")).toHaveCount(0);
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText("19:30–20:00");
  await expect(rows.nth(1)).toContainText("Opening en kennismaking");
  await expect(rows.nth(2)).toContainText("Stellingenspel");
  await expect(page.getByText("Gespreksleiding: Frits Facilitator")).toBeVisible();
  await expect(page.getByText("Locatie: Raadzaal, stadhuis")).toBeVisible();
  await expect(page.getByText(/donderdag 4 maart 2027 om 19:30–21:00/)).toBeVisible();
  await expect(page.getByRole("link", { name: "https://draaiboekstad.notubiz.nl/vergadering/77" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The PDF: downloaded as a user would, its text read back with pdftotext.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Draaiboek als PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^draaiboek-.*\.pdf$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beraad-draaiboek-")), "draaiboek.pdf");
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain(`Draaiboek: ${council.title}`);
  // pdftotext -layout: one row per line (the time column is wide enough not to wrap).
  expect(text).toMatch(/19:30–20:00\s+Opening en kennismaking\s+Beeldvorming/);
  expect(text).toMatch(/20:00–20:45\s+Stellingen over jeugdhulp\s+Oordeelsvorming/);
  expect(text).toContain("Frits Facilitator");
  expect(text).toContain("het programma loopt 15 minuten uit");
});

test("the griffier looks up an agenda item in Open Raadsinformatie and links it; an unreachable API says so", async ({ browser }) => {
  test.setTimeout(120_000);
  const ori = await startOriServer();
  try {
    const db = appDatabase();
    const council = await councilWithProgramme(db, DEMO_PASSWORD).finally(() => db.$disconnect());

    // The beheerder sets the gemeente's ORI API.
    const beheerder = await (await browser.newContext()).newPage();
    await signIn(beheerder, council.beheerder);
    await beheerder.goto(`/${council.slug}/leden`);
    const setting = beheerder.getByRole("region", { name: "Open Raadsinformatie" });
    await setting.getByLabel("Adres van de Open Raadsinformatie-API").fill("ftp://ris.example");
    await setting.getByRole("button", { name: "Opslaan" }).click();
    await expect(setting.getByText("Vul het adres van de API in, beginnend met https:// of http://.")).toBeVisible();
    await expect(setting.getByLabel("Adres van de Open Raadsinformatie-API")).toHaveValue("ftp://ris.example");
    await setting.getByLabel("Adres van de Open Raadsinformatie-API").fill(ori.url);
    await setting.getByRole("button", { name: "Opslaan" }).click();
    await expect(setting.getByText(/Het adres is opgeslagen/)).toBeVisible();

    const page = await (await browser.newContext()).newPage();
    await signIn(page, council.griffier);
    await page.goto(council.programmePath);
    const add = page.getByRole("region", { name: "Nieuw onderdeel" });
    await add.getByText("Zoeken in het raadsinformatiesysteem").click();
    await add.getByLabel("Zoekterm").fill("koersdocument");
    await add.getByLabel("Zoek naar").selectOption("AgendaItem");
    await add.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(add.getByText("2 resultaten gevonden.")).toBeVisible();
    await add.getByRole("button", { name: "Raadsvoorstel Koersdocument jeugdhulp 2027-2030 kiezen" }).click();
    await expect(add.getByLabel("Titel")).toHaveValue("Raadsvoorstel Koersdocument jeugdhulp 2027-2030");
    await expect(add.getByLabel("Link naar het agendapunt in het raadsinformatiesysteem")).toHaveValue("https://voorbeeld.notubiz.nl/vergadering/1048213/agendapunt/1048219");
    await add.getByLabel("Duur (minuten)").fill("20");
    await add.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "21:15–21:35 · Raadsvoorstel Koersdocument jeugdhulp 2027-2030" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Bekijk in het raadsinformatiesysteem ?: Raadsvoorstel Koersdocument jeugdhulp 2027-2030$/ })).toHaveAttribute("href", "https://voorbeeld.notubiz.nl/vergadering/1048213/agendapunt/1048219");
    expect(JSON.stringify(ori.state.requests.at(-1)?.body)).toContain("koersdocument");
    await expectAccessible(page);

    // A link typed by hand must be a web address.
    const link = page.getByRole("region", { name: "Raadsinformatiesysteem" });
    await link.getByLabel("Link naar het raadsvoorstel of de vergadering").fill("javascript:alert(1)");
    await link.getByRole("button", { name: "Link opslaan" }).click();
    await expect(link.getByText("Vul een webadres in dat begint met https:// of http://.")).toBeVisible();
    await expect(link.getByLabel("Link naar het raadsvoorstel of de vergadering")).toHaveValue("javascript:alert(1)");

    // The API goes down: a clear Dutch message, the search kept.
    ori.state.mode = "down";
    await link.getByText("Zoeken in het raadsinformatiesysteem").click();
    await link.getByLabel("Zoekterm").fill("jeugdzorg");
    await link.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(link.getByText(/Het raadsinformatiesysteem is nu niet bereikbaar/)).toBeVisible();
    await expect(link.getByLabel("Zoekterm")).toHaveValue("jeugdzorg");
  } finally {
    await ori.stop();
  }
});
