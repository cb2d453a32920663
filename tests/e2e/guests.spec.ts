import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { councilOnTheProjector, councilWithGuests } from "./council-factory";
import { RUNTIME_FILE, expectAccessible, signIn } from "./helpers";

// Society at the table (issue 12): someone without an account joins a live session with
// its code on a phone, picks a group, answers, and reaches nothing else. The council is
// made for this spec alone (council-factory), so it neither reads nor changes the demo.

const runtime = () => JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { databaseUrl: string };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function joinAsGuest(browser: Browser, code: string, { group = "Inwoners", nickname = "", javaScriptEnabled = true } = {}) {
  const page = await (await browser.newContext({ ...PHONE, javaScriptEnabled })).newPage();
  await page.goto(`/meedoen?code=${code}`);
  await page.getByRole("radio", { name: group }).check();
  if (nickname) await page.getByLabel("Voornaam of bijnaam (mag leeg blijven)").fill(nickname);
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/gast\/[\w-]+$/);
  return page;
}

const councilCard = (page: Page) => page.locator("form", { has: page.getByRole("heading", { name: "Gemeenteraad: welke rol past?" }) });

test("a guest joins by code on a phone without an account, answers, and reaches nothing else", async ({ browser }) => {
  test.setTimeout(90_000);
  const council = await councilWithGuests(runtime().databaseUrl, { raadsleden: 1, password: "gasten-wachtwoord" });
  const page = await (await browser.newContext(PHONE)).newPage();

  // The code as typed from the projector; the join page asks for nothing but a group and, if one likes, a nickname.
  await page.goto("/meedoen");
  await expectAccessible(page);
  await page.getByLabel("Code").fill(council.joinCode.toLowerCase());
  await page.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meedoen met Belastingproef");
  await expect(page.getByRole("textbox")).toHaveCount(1); // the nickname: no e-mail, no password
  await expectAccessible(page);

  // No group chosen: a Dutch message, the nickname kept, nobody joined.
  await page.getByLabel("Voornaam of bijnaam (mag leeg blijven)").fill("Sanne");
  await page.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByText("Kies de groep waar u bij hoort.")).toBeVisible();
  await expect(page.getByLabel("Voornaam of bijnaam (mag leeg blijven)")).toHaveValue("Sanne");
  await expectAccessible(page);

  await page.getByRole("radio", { name: "Inwoners" }).check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(`**/gast/${council.sessionId}`);
  await expect(page.getByText("Welkom, Sanne. U doet mee als gast (Inwoners).")).toBeVisible();
  await expect(page.getByText(/altijd zonder naam getoond/)).toBeVisible();

  // The guest answers on the phone, one actor per screen; the counter moves when the answer is saved.
  await expect(page.getByTestId("screen-position")).toHaveText("1 van 3");
  await expect(page.getByTestId("answered-count")).toHaveText("0 van 3 ingevuld");
  await councilCard(page).getByRole("radio", { name: "Nu: Reguleren" }).check();
  await councilCard(page).getByRole("radio", { name: /^Faciliteren/ }).check();
  await expect(councilCard(page).getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId("answered-count")).toHaveText("1 van 3 ingevuld");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "no sideways scrolling").toBeLessThanOrEqual(0);

  // Flaky Wi-Fi: an answer given offline stays on the phone, says so, and is sent when the connection is back.
  await page.context().setOffline(true);
  await councilCard(page).getByLabel("Toelichting").fill("Gegeven zonder verbinding");
  await expect(page.getByTestId("save-status")).toHaveText(/Niet opgeslagen: geen verbinding/, { timeout: 10_000 });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("beraad-gast-antwoord:")).length)).toBe(1);
  await page.context().setOffline(false);
  await expect(page.getByTestId("save-status")).toHaveText(/Opgeslagen om/, { timeout: 15_000 });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("beraad-gast-antwoord:")).length)).toBe(0);
  await page.reload();
  await expect(councilCard(page).getByRole("radio", { name: /^Faciliteren/ })).toBeChecked();
  await expect(councilCard(page).getByRole("radio", { name: "Nu: Reguleren" })).toBeChecked();
  await expect(councilCard(page).getByLabel("Toelichting")).toHaveValue("Gegeven zonder verbinding");
  await expectAccessible(page);
  await page.getByRole("link", { name: /Volgende/ }).click();
  await expect(page.getByTestId("screen-position")).toHaveText("2 van 3");
  await expect(page.getByRole("heading", { name: "College: welke rol past?" })).toBeVisible();

  // No account: no sign-in cookie; the guest cookie is http-only and scoped to this session's guest pages.
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(false);
  const guestCookie = cookies.find((c) => c.name === "beraad-gast");
  expect(guestCookie).toMatchObject({ httpOnly: true, path: `/gast/${council.sessionId}`, sameSite: "Lax" });

  // Nothing else opens: another session's guest pages, the session inside the app, the results before release.
  for (const path of [`/gast/${council.otherSessionId}`, `/gast/${council.sessionId}/uitslag`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // The cookie sent to another session's guest page by hand does not open it either.
  await page.context().addCookies([{ ...guestCookie!, path: `/gast/${council.otherSessionId}` }]);
  expect((await page.goto(`/gast/${council.otherSessionId}`))?.status()).toBe(404);
  await page.goto(`/${council.slug}/sessies/${council.sessionId}`);
  await expect(page).toHaveURL(/\/inloggen/);
  await page.context().close();
});

test("without JavaScript a guest joins and answers by plain form posts; a session without guests sends people to sign in", async ({ browser }) => {
  test.setTimeout(60_000);
  const council = await councilWithGuests(runtime().databaseUrl, { raadsleden: 1, password: "gasten-wachtwoord" });
  const page = await joinAsGuest(browser, council.joinCode, { group: "Ambtenaren", javaScriptEnabled: false });
  await expect(page.getByText("U doet mee als gast (Ambtenaren).")).toBeVisible();
  await councilCard(page).getByRole("radio", { name: /^Loslaten/ }).check();
  await councilCard(page).getByLabel("Toelichting").fill("Zonder JavaScript");
  await councilCard(page).getByRole("button", { name: /^Opslaan/ }).click();
  await page.goto(`/gast/${council.sessionId}`);
  await expect(councilCard(page).getByRole("radio", { name: /^Loslaten/ })).toBeChecked();
  await expect(councilCard(page).getByLabel("Toelichting")).toHaveValue("Zonder JavaScript");
  await page.context().close();

  // A wrong code: a Dutch message on the join page. A live session for members only: sign in first.
  const other = await (await browser.newContext(PHONE)).newPage();
  await other.goto("/meedoen?code=ZZZZZZ");
  await expect(other.getByText(/Deze code kennen we niet/)).toBeVisible();
  await other.goto(`/meedoen?code=${council.otherJoinCode}`);
  await expect(other).toHaveURL(/\/inloggen\?terug=/);
  await other.context().close();
});

test("the projector fits 1920×1080 without scrolling with five actors; the facilitator steps through them; the join address is the one the room uses", async ({ browser }) => {
  test.setTimeout(60_000);
  const council = await councilOnTheProjector(runtime().databaseUrl, { password: "projector-wachtwoord" });
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await signIn(page, council.griffierEmail, "projector-wachtwoord");
  await page.goto(council.projectorPath);
  await expect(page.getByTestId("connection")).toHaveText("Live verbonden.");
  const overflow = () => page.evaluate(() => ({ y: document.documentElement.scrollHeight - window.innerHeight, x: document.documentElement.scrollWidth - window.innerWidth }));
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByTestId("actor-position")).toHaveText(`${n} van 5`);
    await expect(page.getByRole("table")).toHaveCount(1);
    const { x, y } = await overflow();
    expect(y, `no vertical scrollbar at actor ${n}`).toBeLessThanOrEqual(0);
    expect(x, `no horizontal scrollbar at actor ${n}`).toBeLessThanOrEqual(0);
    if (n < 5) await page.getByRole("button", { name: /Volgende rolspeler/ }).click();
  }
  await expect(page.getByTestId("actor-Maatschappelijke partners")).toBeVisible();
  // The join address is where the room reached the app, not a configured "localhost" of another machine.
  const origin = new URL(page.url()).origin;
  await expect(page.getByText(`${origin}/meedoen`)).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test("a guest brings a casus on a phone; it reaches the projector only once the griffier approves it", async ({ browser }) => {
  test.setTimeout(90_000);
  const council = await councilWithGuests(runtime().databaseUrl, { raadsleden: 1, password: "casus-wachtwoord", griffier: true });
  const phone = await joinAsGuest(browser, council.joinCode, { group: "Maatschappelijke partners" });
  const form = phone.locator("form", { has: phone.getByRole("heading", { name: "Breng een casus in" }) });
  // Too short: a Dutch message, what was typed stays, nothing is sent.
  await form.getByLabel("Wat is er gebeurd?").fill("Bus");
  await form.getByRole("button", { name: "Casus insturen" }).click();
  await expect(form.getByText("Beschrijf de casus in minstens 10 tekens.")).toBeVisible();
  await expect(form.getByLabel("Wat is er gebeurd?")).toHaveValue("Bus");
  await expectAccessible(phone);
  await form.getByLabel("Wat is er gebeurd?").fill("De buurtbus rijdt niet meer na zeven uur, ouderen komen niet bij het wijkcentrum.");
  await form.getByLabel("Welke waarden spelen mee?").fill("bereikbaarheid, nabijheid");
  await form.getByRole("button", { name: "Casus insturen" }).click();
  await expect(phone.getByText("Dank u. De begeleider bekijkt uw casus.")).toBeVisible();
  await expectAccessible(phone);

  const griffier = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await signIn(griffier, council.griffier!.email, "casus-wachtwoord");
  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await signIn(projector, council.griffier!.email, "casus-wachtwoord");
  await projector.goto(`/projectie/${council.slug}/${council.sessionId}`);
  await expect(projector.getByTestId("connection")).toHaveText("Live verbonden.");
  // Pending: not on the projector.
  await expect(projector.getByTestId("guest-cases")).toHaveCount(0);

  await griffier.goto(`/${council.slug}/sessies/${council.sessionId}`);
  const item = griffier.getByTestId("gastcasus");
  await expect(item).toContainText("De buurtbus rijdt niet meer");
  await expect(item).toContainText("Van: Maatschappelijke partners · Wacht op uw oordeel");
  await expect(item).toContainText("Waarden: bereikbaarheid, nabijheid");
  await expectAccessible(griffier);
  await item.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(griffier.getByText("De casus staat nu op het scherm.")).toBeVisible();

  // The projector gets it by its live stream, without a reload.
  await expect(projector.getByTestId("guest-cases")).toContainText("De buurtbus rijdt niet meer", { timeout: 10_000 });
  await expect(projector.getByTestId("guest-cases")).toContainText("Van: Maatschappelijke partners");
  const overflow = await projector.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow, "the projector still fits 1080 px").toBeLessThanOrEqual(0);
  await expectAccessible(projector);
});
