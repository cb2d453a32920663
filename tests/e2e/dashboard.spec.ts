import { DEMO, expect, test } from "./demo";
import { expectAccessible, signIn } from "./helpers";

// Each test signs in and runs axe on two or three full pages (the library lists every card):
// on two shared cores that alone can pass Playwright's default 30 s.
test.describe.configure({ timeout: 90_000 });

test("a person with roles in two gemeenten switches between them and sees each one's data only", async ({ page }) => {
  // The griffier of Rivierdal also facilitates in Voorbeeld (demo data).
  await signIn(page, DEMO.rivierdal.griffier);
  await expect(page.getByRole("heading", { name: "Kies een gemeente" })).toBeVisible();
  await page.getByRole("link", { name: /Rivierdal — Griffier/ }).click();

  await expect(page.getByTestId("current-gemeente")).toHaveText("Rivierdal · Uw rol: Griffier");
  await expect(page.getByRole("link", { name: "Omgevingsvisie: wie bepaalt de ruimte?" }).first()).toBeVisible();
  await expect(page.getByText("Jeugdzorg: wie doet wat?")).toHaveCount(0);
  await expectAccessible(page);

  // Switch with the keyboard-operable disclosure in the header.
  await page.getByText("Wissel van gemeente").click();
  await page.getByRole("link", { name: /Voorbeeld — Facilitator/ }).click();
  await expect(page).toHaveURL(new RegExp(`/${DEMO.slug}$`));
  await expect(page.getByTestId("current-gemeente")).toHaveText("Voorbeeld · Uw rol: Facilitator");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn sessies" }).click();
  // As facilitator they see the session they facilitate, not the gemeente's others, nor Rivierdal's.
  await expect(page.getByRole("link", { name: "Buurtinitiatieven: hoeveel ruimte geven we?" })).toBeVisible();
  await expect(page.getByText("Jeugdzorg: wie doet wat?")).toHaveCount(0);
  await expect(page.getByText("Omgevingsvisie")).toHaveCount(0);

  // Search stays inside the current gemeente: Rivierdal's case about evaluations is not found from Voorbeeld.
  await page.getByRole("searchbox", { name: "Zoeken in Voorbeeld" }).fill("evaluaties");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultaten voor ‘evaluaties’" })).toBeVisible();
  await expect(page.getByText("inspraakavonden")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(DEMO.rivierdal.path("/zoeken?q=evaluaties"));
  await expect(page.getByRole("link", { name: /evaluaties van eerdere inspraakavonden/ })).toBeVisible();
});

test("the griffier's dashboard shows progress, evaluations, commitments and reviews; learning and library pass axe", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await expect(page.getByRole("heading", { name: "Sessies per status" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Voorbereiding van Jeugdzorg: wie doet wat?" })).toBeVisible();
  const evaluations = page.getByRole("region", { name: "Evaluatiemomenten" });
  await expect(evaluations.getByRole("link", { name: "Eerste terugblik met de wijkteams" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Wachten op een terugblik" }).getByRole("link", { name: "Terugblik van Buurtinitiatieven: hoeveel ruimte geven we?" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Wat we leerden" }).click();
  await expect(page.getByText("Een coöperatie aan tafel bij de voorbereiding maakte het gesprek concreet.")).toBeVisible();
  await page.getByLabel("Thema").selectOption("participatie");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByText("Een coöperatie aan tafel")).toHaveCount(0);
  await expect(page.getByText("Initiatiefnemers vertelden zelf over hun plannen; de raad luisterde eerst.")).toBeVisible();
  await expectAccessible(page);
});

test("the griffier filters the library by role and attaches a card to a session", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await page.goto(DEMO.path("/bibliotheek"));
  await expectAccessible(page);
  const cards = page.getByRole("list", { name: "Bibliotheek" }).getByRole("listitem");
  const all = await cards.count();

  await page.getByLabel("Voor wie").selectOption({ label: "Wethouder" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/rol=WETHOUDER/);
  const filtered = await cards.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  for (const card of await cards.all()) await expect(card.getByText(/Voor:.*Wethouder/)).toBeVisible();

  await page.getByRole("link", { name: "Vier rollen van de overheid (NSOB)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vier rollen van de overheid (NSOB)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Sessie", { exact: true }).selectOption({ label: "Jeugdzorg: wie doet wat?" });
  await page.getByLabel("Waarom deze kaart (optioneel)").fill("Helpt bij de rolkeuze in stap 4.");
  await page.getByRole("button", { name: "Koppel aan sessie" }).click();
  await expect(page.getByText("De kaart is aan de sessie gekoppeld.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Gekoppeld aan" }).getByRole("link", { name: "Jeugdzorg: wie doet wat?" })).toBeVisible();

  await page.getByRole("region", { name: "Gekoppeld aan" }).getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  const fromLibrary = page.getByRole("region", { name: "Uit de bibliotheek" });
  await expect(fromLibrary.getByRole("link", { name: "Vier rollen van de overheid (NSOB)" })).toBeVisible();
  await expect(fromLibrary.getByText("Helpt bij de rolkeuze in stap 4.")).toBeVisible();
});
