import { expect, test } from "@playwright/test";
import { councilWithTasks } from "./council-factory";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";
import { appDatabase } from "./matrix-fixtures";

// A raadslid's dashboard before and after a session (issues 12 and 13): tasks for the session
// they are invited to (bring a casus by the griffier's date, read a card, prepare the step on
// their name as a member of the preparation group), ticked off by what
// they did and never by what others did; the verslag the griffier shared, opened read-only.
// A gemeente of its own (tests/e2e/council-factory.ts#councilWithTasks).
test("a raadslid sees their tasks, ticks off a card, and opens the shared verslag from the dashboard", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = appDatabase();
  const council = await councilWithTasks(db, DEMO_PASSWORD).finally(() => db.$disconnect());

  // The griffier moves the date by which raadsleden bring a casus, on the planning page.
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffier);
  await griffier.goto(`/${council.slug}/sessies/${council.upcoming.id}/planning`);
  const deadline = griffier.getByRole("region", { name: "Casussen van raadsleden" });
  await expect(deadline.getByLabel("Raadsleden brengen een casus in vóór")).toHaveValue("2027-03-01");
  await deadline.getByLabel("Raadsleden brengen een casus in vóór").fill("2027-03-05");
  await deadline.getByRole("button", { name: "Datum bewaren" }).click();
  await expect(deadline.getByText("Opgeslagen.")).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, council.raadslid);
  await page.goto(`/${council.slug}`);
  const tasks = page.getByRole("region", { name: "Uw taken voor de sessies" });
  const session = tasks.getByRole("region", { name: new RegExp(council.upcoming.title) });
  const caseTask = session.locator("li[data-task=case]");
  await expect(caseTask).toContainText("Breng een casus in vóór 5 maart 2027");
  await expect(caseTask).toContainText("(Nog te doen)");
  await expect(caseTask.getByRole("link", { name: "Casus inbrengen" })).toHaveAttribute("href", `/${council.slug}/sessies/${council.upcoming.id}/waarden#casus-toevoegen`);

  // Another raadslid read the card already; this raadslid's task is still to do, and nobody else is named.
  const cardTask = session.locator("li[data-task=card]");
  await expect(cardTask).toContainText(`Lees kaart ‘${council.cardTitle}’`);
  await expect(cardTask).toContainText("Graag vóór de sessie lezen.");
  await expect(cardTask).toContainText("(Nog te doen)");
  // Rik co-prepares the session: step 3 is on his name in the planning.
  const stepTask = session.locator("li[data-task=step]");
  await expect(stepTask).toContainText("Bereid stap 3 voor: Draag niet te snel oplossingen aan");
  await expect(stepTask).toContainText("Klaar vóór 20 februari 2027");
  await expect(stepTask).toContainText("(Nog te doen)");
  await expect(stepTask.getByRole("link", { name: "Naar de stap" })).toHaveAttribute("href", `/${council.slug}/sessies/${council.upcoming.id}/stappen/probleem`);
  await expect(page.getByRole("region", { name: "Mijn sessies" }).getByText("U bereidt deze sessie mee voor: 0 van 10 stappen klaar")).toBeVisible();
  await expect(tasks).not.toContainText("Olga");
  await expect(tasks).not.toContainText(/gelezen door|van de \d+/);
  await expectAccessible(page);

  await cardTask.getByRole("button", { name: `Markeer als gelezen: ${council.cardTitle}` }).click();
  await expect(cardTask.getByText("Gemarkeerd als gelezen.")).toBeVisible();
  await expect(cardTask).toContainText("(Gedaan)");
  await page.reload();
  await expect(page.locator("li[data-task=card]")).toContainText("(Gedaan)");
  await expect(page.locator("li[data-task=card]").getByRole("button", { name: `Toch niet gelezen: ${council.cardTitle}` })).toBeVisible();
  await expectAccessible(page);

  // The shared verslag of the held session, from the dashboard, read-only.
  const reports = page.getByRole("region", { name: "Verslag gedeeld" });
  await reports.getByRole("link", { name: `Verslag van ${council.held.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Verslag: ${council.held.title}` })).toBeVisible();
  await expect(page.getByTestId("report-shared")).toHaveText(/gedeeld met de raadsleden/);
  await expect(page.getByText("De raad koos voor regisseren.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Delen met raadsleden" })).toHaveCount(0);
});
