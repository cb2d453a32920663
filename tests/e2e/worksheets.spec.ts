import { type Browser } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import { expectAccessible, signIn } from "./helpers";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function phoneFor(browser: Browser, email: string) {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, email);
  return page;
}

test("raadsleden fill in the worksheet on a phone, the griffier closes and releases it, a raadslid sees the results", async ({ browser }) => {
  test.setTimeout(120_000);
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, DEMO.griffier);
  await griffier.goto(DEMO.path("/sessies"));
  await griffier.getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  await griffier.waitForURL(/\/sessies\/\w+$/);
  const sessionUrl = griffier.url();
  await griffier.getByRole("button", { name: "Werkblad openen" }).click();
  await expect(griffier.getByText("Het werkblad is geopend.")).toBeVisible();

  // Five answers: the demo gemeente shows anonymous results from five on (its minimum group size).
  const choices: [string, string][] = [
    [DEMO.raadslid1, "Faciliteren"],
    [DEMO.raadslid2, "Faciliteren"],
    [DEMO.raadslid3, "Stimuleren"],
    [DEMO.raadslid4, "Faciliteren"],
    [DEMO.raadslid5, "Stimuleren"],
  ];
  for (const [index, [email, rung]] of choices.entries()) {
    const phone = await phoneFor(browser, email);
    await phone.goto(`${sessionUrl}/werkblad`);
    await expect(phone.getByRole("heading", { name: "Uw rolkeuze" })).toBeVisible();
    const council = phone.locator("form", { has: phone.getByRole("heading", { name: "Gemeenteraad: welke rol past?" }) });
    if (index === 0) {
      // Keyboard only: tab into the first rung, arrow to the wanted one (a radio group), type a motivation.
      await council.getByRole("radio", { name: /^Reguleren/ }).focus();
      await phone.keyboard.press("ArrowDown");
      await phone.keyboard.press("ArrowDown");
      await phone.keyboard.press("ArrowDown");
      await expect(council.getByRole("radio", { name: /^Faciliteren/ })).toBeChecked();
      await phone.keyboard.press("Tab");
      await phone.keyboard.type("Ouders weten zelf het best wat werkt");
      await expect(council.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
      await expectAccessible(phone);
    } else {
      await council.getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
      await expect(council.getByText(/Opgeslagen om/)).toBeVisible();
    }
    await phone.context().close();
  }

  // While the worksheet is open nobody sees figures, the griffier neither: a shift would show who just answered.
  await griffier.goto(`${sessionUrl}/werkblad/uitslag`);
  await expect(griffier.getByText("Het werkblad staat open. De uitslag verschijnt wanneer het sluit.")).toBeVisible();
  await expect(griffier.getByRole("table")).toHaveCount(0);
  await griffier.goto(sessionUrl);
  await griffier.getByRole("button", { name: "Werkblad sluiten" }).click();
  await expect(griffier.getByText("Het werkblad is gesloten.")).toBeVisible();
  await griffier.getByRole("button", { name: "Uitslag vrijgeven" }).click();
  await expect(griffier.getByText("De uitslag is vrijgegeven.")).toBeVisible();
  // With results in, the pseudo-participation warning speaks of the worksheet.
  await expect(griffier.getByText(/De raad kiest volgens het rolkeuzewerkblad voor de trede faciliteren/)).toBeVisible();

  const raadslid = await phoneFor(browser, DEMO.raadslid1);
  await raadslid.goto(`${sessionUrl}/werkblad`);
  await expect(raadslid.getByText("Het werkblad is gesloten. U kunt uw antwoorden niet meer wijzigen.")).toBeVisible();
  await expect(raadslid.getByRole("radio", { name: /^Faciliteren/ }).first()).toBeDisabled();
  await raadslid.getByRole("link", { name: "Bekijk de uitslag" }).click();
  await expect(raadslid.getByText("5 raadsleden hebben geantwoord.")).toBeVisible();
  const council = raadslid.getByRole("region", { name: "Gemeenteraad" });
  await expect(council.getByText("Meest gekozen: Faciliteren")).toBeVisible();
  await expect(council.getByRole("row", { name: "Faciliteren 3" })).toBeVisible();
  // Nobody answered for the other parties: too few to show anonymously.
  await expect(raadslid.getByRole("region", { name: "College" }).getByText("Te weinig antwoorden om anoniem te tonen (minimaal 5).")).toBeVisible();
  await expect(council.getByText("Ouders weten zelf het best wat werkt")).toBeVisible();
  // Anonymous: the other respondents' names appear nowhere on the results page.
  await expect(raadslid.getByRole("main").getByText(/Bram de Vries|Chantal Bakker|Dennis Visser|Esra Yılmaz/)).toHaveCount(0);
  await expectAccessible(raadslid);
});

test("a raadslid brings in a case; the value map shows the values named; an overdue commitment stands out", async ({ browser }) => {
  // The value page now carries the map, tensions, fractie rankings and their forms: axe needs longer on a busy machine.
  test.setTimeout(90_000);
  const phone = await phoneFor(browser, DEMO.raadslid2);
  await phone.goto(DEMO.path("/sessies"));
  await phone.getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  const overdue = phone.getByRole("region", { name: "Toezeggingen" }).getByRole("listitem").filter({ hasText: "Overzicht van de wachttijden" });
  await expect(overdue.getByText("Termijn verstreken")).toBeVisible();

  await phone.getByRole("link", { name: "Casussen en waardenkaart" }).click();
  await phone.getByLabel("Wat is er gebeurd?").fill("Jongere vond geen plek bij het jongerenwerk");
  await phone.getByLabel("Welke waarden staan op het spel?").fill("erbij horen");
  // Earlier values only when asked for: nothing is ticked or listed for the raadslid.
  await expect(phone.getByLabel("samenwerking")).toBeHidden();
  await phone.getByText("Toon eerder genoemde waarden en suggesties").click();
  await phone.getByLabel("samenwerking").check();
  await phone.getByRole("button", { name: "Casus toevoegen" }).click();
  await expect(phone.getByText("De casus is toegevoegd.")).toBeVisible();
  const map = phone.getByRole("region", { name: "Waardenkaart" });
  await expect(map.getByRole("heading", { level: 3, name: /erbij horen/ })).toBeVisible();
  await expect(map.getByRole("heading", { level: 3, name: /samenwerking/ })).toBeVisible();
  await expect(map.getByRole("heading", { level: 3, name: /tijdigheid/ })).toBeVisible();
  await expectAccessible(phone);

  const home = await phone.goto(DEMO.path());
  expect(home?.ok()).toBe(true);
  const onDashboard = phone.getByRole("region", { name: "Open toezeggingen en verstreken termijnen" }).getByRole("listitem").filter({ hasText: "Overzicht van de wachttijden" });
  await expect(onDashboard.getByText("Termijn verstreken")).toBeVisible();
});
