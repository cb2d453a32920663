import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { councilWithGuests, councilWithOpenWorksheet, withProgramme } from "./council-factory";
import { RUNTIME_FILE, expectAccessible, signIn } from "./helpers";

// Facilitator rounds live (issue 12): the griffier steps the room through the rounds and
// changes the programme; a raadslid's phone, a guest's phone and the projector follow over
// the live stream without a reload. A gemeente of its own (council-factory), not the demo.

const runtime = () => JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PASSWORD = "rondes-wachtwoord";

test("the facilitator's round and programme move a raadslid's phone, a guest's phone and the projector", async ({ browser }) => {
  test.setTimeout(120_000);
  const council = await councilWithGuests(runtime().databaseUrl, { raadsleden: 1, password: PASSWORD, griffier: true });
  await withProgramme(runtime().databaseUrl, council.sessionId, ["Opening", "Waar staan we nu?", "Casus uit de wijk"]);

  const raadslid = await (await browser.newContext(PHONE)).newPage();
  await signIn(raadslid, council.members[0].email, PASSWORD);
  await raadslid.goto(council.worksheetPath);

  const guest = await (await browser.newContext(PHONE)).newPage();
  await guest.goto(`/meedoen?code=${council.joinCode}`);
  await guest.getByRole("radio", { name: "Inwoners" }).check();
  await guest.getByRole("button", { name: "Meedoen" }).click();
  await guest.waitForURL(/\/gast\/[\w-]+$/);

  const director = await (await browser.newContext()).newPage();
  await signIn(director, council.griffier!.email, PASSWORD);
  const projector = await (await director.context().newPage());
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`/projectie/${council.slug}/${council.sessionId}`);
  await expect(projector.getByTestId("connection")).toHaveText(/Live verbonden/);

  await director.goto(`/${council.slug}/sessies/${council.sessionId}`);
  const regie = director.getByRole("region", { name: "Regie: rondes en programma" });
  await expect(regie).toBeVisible();
  await expectAccessible(director);

  await regie.getByRole("button", { name: "Ronde: waar staan we nu?" }).click();
  await expect(regie.getByTestId("director-round")).toHaveText("Ronde: waar staan we nu?");
  await expect(raadslid.getByTestId("phone-round")).toHaveText(/Ronde nu: waar staan we nu\?/, { timeout: 10_000 });
  await expect(guest.getByTestId("phone-round")).toHaveText(/Ronde nu: waar staan we nu\?/, { timeout: 10_000 });
  await expect(projector.getByTestId("round")).toHaveText(/Waar staan we nu\?/, { timeout: 10_000 });

  // The programme changes live: skip the opening, start the round's item, then the casus round.
  // (A button's name is its text and its item, which Chromium reads as "Overslaan : Opening".)
  await regie.getByRole("button", { name: /^Overslaan ?: Opening$/ }).click();
  await expect(regie.getByText("Overgeslagen")).toBeVisible();
  await regie.getByRole("button", { name: /^Nu doen ?: Waar staan we nu\?$/ }).click();
  await expect(projector.getByTestId("round")).toHaveText(/Nu: Waar staan we nu\?/, { timeout: 10_000 });
  await regie.getByRole("button", { name: /^5 minuten erbij ?: Casus uit de wijk$/ }).click();
  await expect(regie.getByText("Casus uit de wijk — 15 minuten")).toBeVisible();
  await regie.getByRole("button", { name: "Ronde: casus" }).click();
  await expect(raadslid.getByTestId("phone-round")).toHaveText(/een casus/, { timeout: 10_000 });
  await expect(guest.getByTestId("phone-round")).toHaveText(/een casus/, { timeout: 10_000 });
  await expect(projector.getByTestId("round")).toHaveText(/Casus/, { timeout: 10_000 });
  await expectAccessible(raadslid);
  await expectAccessible(guest);
});

test.describe("without JavaScript", () => {
  // The director renders one form for the rounds and one per programme item (issue 17: React
  // repeats its hidden action fields in every form); the pressed button's name=value is the
  // choice. Without JavaScript the browser posts that submitter itself: this proves it does.
  test("the director sets a round and steers the programme by plain form posts", async ({ browser }) => {
    const council = await councilWithOpenWorksheet(runtime().databaseUrl, { raadsleden: 1, password: PASSWORD, griffier: true });
    await withProgramme(runtime().databaseUrl, council.sessionId, ["Opening", "Casus uit de wijk"]);
    // Signing in takes JavaScript; the session cookie is then what a browser without it holds.
    const signingIn = await (await browser.newContext()).newPage();
    await signIn(signingIn, council.griffier!.email, PASSWORD);
    const storageState = await signingIn.context().storageState();
    const director = await (await browser.newContext({ storageState, javaScriptEnabled: false })).newPage();

    await director.goto(`/${council.slug}/sessies/${council.sessionId}`);
    const regie = director.getByRole("region", { name: "Regie: rondes en programma" });
    await expect(regie.locator("form")).toHaveCount(3);
    await regie.getByRole("button", { name: "Ronde: waar willen we staan?" }).click();
    await expect(regie.getByTestId("director-round")).toHaveText("Ronde: waar willen we staan?");
    await expect(regie.getByText("De ronde is gewijzigd.")).toBeVisible();

    // The item comes from the form's hidden field, the command from the pressed button.
    await regie.getByRole("button", { name: /^5 minuten erbij ?: Casus uit de wijk$/ }).click();
    await expect(regie.getByText("Het programma is aangepast.")).toBeVisible();
    await expect(regie.getByText("Casus uit de wijk — 15 minuten")).toBeVisible();
    await expect(regie.getByText("Opening — 10 minuten")).toBeVisible();
    await regie.getByRole("button", { name: /^Overslaan ?: Opening$/ }).click();
    await expect(regie.getByText("Overgeslagen")).toBeVisible();
    await expect(regie.getByRole("button", { name: /^Terugzetten ?: Opening$/ })).toBeVisible();
    await expect(regie.getByTestId("director-round")).toHaveText("Ronde: waar willen we staan?");
  });
});
