import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { councilWithClosedWorksheet } from "./council-factory";
import { RUNTIME_FILE, expectAccessible, signIn } from "./helpers";

// A repeated worksheet's shift over time (issue 12): at an evaluation moment of step 9 the
// griffier starts a herhaling, raadsleden answer it on their phones, and the review shows per
// actor how the answers shifted, as a chart with a table of the same figures. The council is
// made for this spec alone (council-factory), so it neither reads nor changes the demo.

const runtime = () => JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PASSWORD = "herhaling-wachtwoord";

async function answerOnPhone(browser: Browser, email: string, sessionPath: string, choices: [actor: string, rung: string][], { check = false } = {}) {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await signIn(phone, email, PASSWORD);
  await phone.goto(`${sessionPath}/werkblad`);
  await phone.getByRole("link", { name: "Herhaling van 2027-09-01 invullen" }).click();
  await expect(phone.getByRole("heading", { name: "Werkblad: herhaling" })).toBeVisible();
  const repeatUrl = phone.url().split("?")[0]!;
  for (const [n, [actor, rung]] of choices.entries()) {
    if (n > 0) await phone.goto(`${repeatUrl}?rolspeler=${n + 1}`);
    const form = phone.locator("form", { has: phone.getByRole("heading", { name: `${actor}: welke rol past?` }) });
    // A new round starts empty: the earlier answer stays with the earlier round.
    await expect(form.getByRole("radio", { checked: true })).toHaveCount(0);
    await form.getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
    await expect(form.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  }
  if (check) await expectAccessible(phone);
  await phone.context().close();
}

test("a griffier starts a herhaling, raadsleden answer it, and the review shows the shift per actor as a chart with a table", async ({ browser }) => {
  test.setTimeout(150_000);
  const council = await councilWithClosedWorksheet(runtime().databaseUrl, { password: PASSWORD });
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffierEmail, PASSWORD);
  await griffier.goto(council.reviewPath);
  const repeats = griffier.getByRole("region", { name: "Herhalingen en verschuiving" });
  await repeats.getByRole("button", { name: "Herhaling starten voor 2027-09-01" }).click();
  await expect(repeats.getByText("De herhaling is gestart.")).toBeVisible();
  await expect(repeats.getByText(/^Status: Open/)).toBeVisible();

  // Two raadsleden answer both actors; a third only the council.
  const [first, second, third] = council.members;
  await answerOnPhone(browser, first!.email, council.sessionPath, [["Gemeenteraad", "Loslaten"], ["Inwoners", "Regisseren"]], { check: true });
  await answerOnPhone(browser, second!.email, council.sessionPath, [["Gemeenteraad", "Loslaten"], ["Inwoners", "Regisseren"]]);
  await answerOnPhone(browser, third!.email, council.sessionPath, [["Gemeenteraad", "Faciliteren"]]);

  await griffier.reload();
  await repeats.getByRole("button", { name: /Werkblad sluiten/ }).click();
  await expect(repeats.getByText("Het werkblad is gesloten.")).toBeVisible();
  await griffier.reload();

  const gemeenteraad = griffier.getByTestId("shift-gemeenteraad");
  await expect(gemeenteraad.locator("svg circle").first()).toBeVisible();
  const table = gemeenteraad.getByRole("table", { name: "Keuzes per trede en ronde voor Gemeenteraad" });
  await expect(table.getByRole("columnheader", { name: /Sessie/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Herhaling 1/ })).toBeVisible();
  // The session: reguleren 2 of 3; the herhaling: loslaten 2 of 3, faciliteren 1.
  await expect(table.getByRole("row", { name: /^Reguleren 2 \(67%\) 0 \(0%\)$/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Loslaten 0 \(0%\) 2 \(67%\)$/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Meest gekozen Reguleren Loslaten$/ })).toBeVisible();
  // Two answers for Inwoners in the herhaling: below the minimum group size, so no distribution.
  const inwoners = griffier.getByTestId("shift-inwoners").getByRole("table");
  await expect(inwoners.getByRole("row", { name: /^Antwoorden 3 te weinig antwoorden$/ })).toBeVisible();
  await expect(inwoners.getByRole("row", { name: /^Regisseren 0 \(0%\) –$/ })).toBeVisible();
  await expectAccessible(griffier);

  // The learning page shows the same shift.
  await griffier.goto(`/${council.slug}/leren`);
  await expect(griffier.getByRole("heading", { name: "Hoe de rolkeuze verschuift" })).toBeVisible();
  await expect(griffier.getByTestId("shift-gemeenteraad").getByRole("row", { name: /^Loslaten 0 \(0%\) 2 \(67%\)$/ })).toBeVisible();
  await expectAccessible(griffier);
});
