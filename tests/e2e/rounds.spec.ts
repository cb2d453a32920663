import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { councilWithGuests, withProgramme } from "./council-factory";
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
