import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { councilWithReport } from "./council-factory";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";
import { appDatabase } from "./matrix-fixtures";

// The verslag goes back to the council: a raadslid (not invited to the session) cannot
// read it before the griffier shares it, reads it after, and downloads the
// raadsinformatiebrief, whose text we read back from the .docx. Own gemeente, own people.
test("the griffier shares the verslag; a raadslid reads it and opens the raadsinformatiebrief", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = appDatabase();
  const council = await councilWithReport(db, DEMO_PASSWORD).finally(() => db.$disconnect());

  const raadslid = await (await browser.newContext()).newPage();
  await signIn(raadslid, council.raadslid);
  // Not before sharing: the page, the PDF and the Word file are "niet gevonden".
  await raadslid.goto(council.reportPath);
  await expect(raadslid.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  for (const file of ["verslag.pdf", "raadsinformatiebrief.docx"]) {
    expect((await raadslid.request.get(`${council.sessionPath}/${file}`)).status()).toBe(404);
  }

  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffier);
  await griffier.goto(council.reportPath);
  await expect(griffier.getByTestId("report-shared")).toHaveText(/Nog niet gedeeld/);
  await griffier.goto(council.sessionPath);
  const sharing = griffier.getByRole("region", { name: "Delen met raadsleden" });
  await sharing.getByLabel(/^Het verslag/).check();
  await sharing.getByRole("button", { name: "Delen opslaan" }).click();
  await expect(sharing.getByText("Opgeslagen.")).toBeVisible();

  await raadslid.goto(council.reportPath);
  await expect(raadslid.getByRole("heading", { level: 1, name: `Verslag: ${council.title}` })).toBeVisible();
  await expect(raadslid.getByTestId("report-shared")).toHaveText(/gedeeld met de raadsleden/);
  await expect(raadslid.getByText("donderdag 4 maart 2027 om 19:30", { exact: false })).toBeVisible();
  await expect(raadslid.getByText("Ouders zoeken één loket voor jeugdhulp.")).toBeVisible();
  await expect(raadslid.getByText("Gezinnen wachten te lang op passende hulp.")).toBeVisible();
  await expect(raadslid.getByTestId("usual-suspects-share")).toHaveText(/12 deelnemers, van wie 3 vaste deelnemers.*25\s?%/);
  await expect(raadslid.getByText("De raad wil regisseren, niet uitvoeren.")).toBeVisible();
  // The preparation's progress is the griffie's working material, not part of the shared verslag.
  await expect(raadslid.getByRole("heading", { name: /Voorbereiding in tien stappen/ })).toHaveCount(0);
  await expectAccessible(raadslid);

  // The raadsinformatiebrief: downloaded as a user would, unzipped, its text read back.
  const [download] = await Promise.all([raadslid.waitForEvent("download"), raadslid.getByRole("link", { name: "Raadsinformatiebrief (Word)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^raadsinformatiebrief-.*\.docx$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beraad-brief-")), "brief.docx");
  await download.saveAs(file);
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  expect(text).toContain(`Verslag: ${council.title}`);
  expect(text).toContain("Ouders zoeken één loket voor jeugdhulp.");
  expect(text).toContain("1 september 2027: Wachttijden");
  expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  expect(execFileSync("unzip", ["-p", file, "word/styles.xml"], { encoding: "utf8" })).toContain('<w:lang w:val="nl-NL"/>');

  // The PDF is theirs too now.
  const pdf = await raadslid.request.get(`${council.sessionPath}/verslag.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
});
