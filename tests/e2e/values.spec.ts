import { expect, test } from "@playwright/test";
import { councilWithValues } from "./council-factory";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";
import { appDatabase } from "./matrix-fixtures";

// A value's trail: the griffier gives a verdict at two evaluation moments; the value map
// shows both, in date order, to the griffier and to a raadslid. Own gemeente, own people.
test("a value's trail over two evaluation moments", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = appDatabase();
  const council = await councilWithValues(db, DEMO_PASSWORD).finally(() => db.$disconnect());

  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffier);
  await griffier.goto(council.valuesPath);
  const map = griffier.getByRole("region", { name: "Waardenkaart" });
  await expect(map.getByRole("heading", { level: 3, name: /tijdigheid/ })).toBeVisible();
  await expect(map.getByText("Hoe vaak een waarde genoemd is, zegt niets over haar politieke gewicht", { exact: false })).toBeVisible();

  const openVerdictForm = async () => {
    const details = map.locator("details", { hasText: "Oordeel bij een evaluatiemoment" });
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator("summary").click();
  };
  const judge = async (moment: string, verdict: string, evidence: string) => {
    await openVerdictForm();
    await map.getByLabel("Evaluatiemoment", { exact: true }).selectOption({ label: moment });
    await map.getByLabel(verdict).check();
    await map.getByLabel("Waarop steunt dit oordeel?").fill(evidence);
    await map.getByRole("button", { name: /^Opslaan\s*:\s*tijdigheid$/ }).last().click();
  };

  // Without evidence a verdict other than "niet te beoordelen" is refused, and what was chosen stays.
  await openVerdictForm();
  await map.getByLabel("Bijsturen").check();
  await map.getByRole("button", { name: /^Opslaan\s*:\s*tijdigheid$/ }).last().click();
  await expect(map.getByText("Schrijf op waarop het oordeel steunt")).toBeVisible();
  await expect(map.getByLabel("Bijsturen")).toBeChecked();

  await judge("20 mei 2027 — Voorjaarsnota", "Bijsturen", "Wachttijd nog 5 weken");
  const trail = map.getByRole("list", { name: "Verloop van tijdigheid per evaluatiemoment" });
  await expect(trail.getByRole("listitem").first()).toContainText("Bijsturen");
  await griffier.reload();
  await judge("10 november 2027 — Begroting", "Op koers", "Wachttijd 2 weken volgens de monitor");
  await expect(trail.getByRole("listitem")).toHaveText([/20 mei 2027.*Bijsturen.*Wachttijd nog 5 weken/, /10 november 2027.*Op koers.*Wachttijd 2 weken/]);
  await expectAccessible(griffier);

  const raadslid = await (await browser.newContext()).newPage();
  await signIn(raadslid, council.raadslid);
  await raadslid.goto(council.valuesPath);
  const theirTrail = raadslid.getByRole("list", { name: "Verloop van tijdigheid per evaluatiemoment" });
  await expect(theirTrail.getByRole("listitem")).toHaveText([/Bijsturen/, /Op koers/]);
  // A raadslid judges nothing here; they bring cases.
  await expect(raadslid.getByText("Oordeel bij een evaluatiemoment")).toHaveCount(0);
  await expectAccessible(raadslid);
});

test("the casus form asks before saving what looks like an inwoner's e-mail address, phone number or BSN", async ({ browser }) => {
  test.setTimeout(90_000);
  const db = appDatabase();
  const council = await councilWithValues(db, DEMO_PASSWORD).finally(() => db.$disconnect());
  const page = await (await browser.newContext()).newPage();
  await signIn(page, council.raadslid);
  await page.goto(council.valuesPath);
  const form = page.getByRole("region", { name: "Casus inbrengen" });
  await form.getByLabel("Wat is er gebeurd?").fill("Mevrouw (06-12345678) wachtte vier weken op hulp");
  await expect(form.getByText("Deze tekst lijkt persoonsgegevens te bevatten: een telefoonnummer.")).toBeVisible();
  await form.getByLabel("Welke waarden staan op het spel?").fill("tijdigheid");
  await form.getByRole("button", { name: "Casus toevoegen" }).click();
  // Refused, with the text kept, until it is changed or confirmed.
  await expect(form.getByLabel("Wat is er gebeurd?")).toHaveValue("Mevrouw (06-12345678) wachtte vier weken op hulp");
  await expect(form.getByRole("alert").filter({ hasText: "een telefoonnummer" })).toBeVisible();
  await form.getByLabel("Wat is er gebeurd?").fill("Een oudere inwoner wachtte vier weken op hulp");
  // The warning while typing goes as soon as the number is gone.
  await expect(page.locator("#casus-persoonsgegevens")).toHaveText("");
  await form.getByRole("button", { name: "Casus toevoegen" }).click();
  await expect(page.getByText("De casus is toegevoegd.")).toBeVisible();
  // Suggestions only when asked for.
  await expect(form.getByLabel("samenwerking")).toBeHidden();
  await expectAccessible(page);
});
