import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { gemeenteWithPeople } from "./council-factory";
import { MailCatcher } from "../support/mail-catcher";
import { OwnServer, runtime } from "./own-server";

// Password self-service end to end, on an app instance of our own that mails through a
// real SMTP server started here (the shared instance has no SMTP_URL). People of a gemeente
// of their own, so no demo account's password changes. Next to the main instance.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 72;
const mailbox = new MailCatcher();
let server: OwnServer;
const tag = crypto.randomBytes(3).toString("hex");
const people = {
  resetter: { email: `vergeten-${tag}@eigenstad.test`, name: "Vera Vergeten", password: "het oude wachtwoord" },
  changer: { email: `wijziger-${tag}@eigenstad.test`, name: "Wim Wijziger", password: "het oude wachtwoord" },
};
let slug: string;

// Each test signs in several browsers (Argon2 on purpose slow) on a machine other runs share.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  slug = (await gemeenteWithPeople(runtime().databaseUrl, Object.values(people))).slug;
  await mailbox.start();
  server = new OwnServer(PORT, { SMTP_URL: mailbox.url, MAIL_FROM: "Beraad <noreply@eigenstad.test>" });
  await server.start();
});

test.afterAll(async () => {
  await server?.stop();
  await mailbox.stop();
});

/** A browser of its own, signed in as this person on the own instance. */
async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  // The sign-in form signs in by script: wait until it is there, or a click posts nothing.
  await page.goto("/inloggen", { waitUntil: "networkidle" });
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
  return page;
}

async function isSignedIn(page: Page) {
  await page.goto(`/${slug}`);
  return !new URL(page.url()).pathname.startsWith("/inloggen");
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const FORGOT_ANSWER = /is er nu een e-mail onderweg met een link/;

test("wachtwoord vergeten: the mailed link sets a new password once, ends every session, and the new password signs in", async ({ browser }) => {
  const { email, password } = people.resetter;
  const elsewhere = await signedIn(browser, email, password);

  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Stuur een link" }).click();
  await expect(page.getByText(FORGOT_ANSWER)).toBeVisible();
  await expectAxeClean(page);

  const mail = await mailbox.next(email);
  expect(mail.subject).toBe("Nieuw wachtwoord voor Beraad");
  const link = mail.text.match(/http\S+\/wachtwoord-herstellen\/[\w-]+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  expect(new URL(link!).origin).toBe(server.url);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" })).toBeVisible();
  await expectAxeClean(page);
  // A common password is refused, in Dutch, next to the field.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Welkom2024!");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("Welkom2024!");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText(/wordt veel gebruikt en is daardoor makkelijk te raden/)).toBeVisible();
  await expectAxeClean(page);

  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("de fiets staat bij het raadhuis");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("de fiets staat bij het raadhuis");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Uw nieuwe wachtwoord is opgeslagen. U bent overal uitgelogd.")).toBeVisible();

  expect(await isSignedIn(elsewhere), "the other browser is signed out").toBe(false);
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();

  const after = await signedIn(browser, email, "de fiets staat bij het raadhuis");
  expect(await isSignedIn(after)).toBe(true);
  people.resetter.password = "de fiets staat bij het raadhuis";
});

test("wachtwoord vergeten for an address without an account: the same answer, and no mail", async ({ page }) => {
  const unknown = `niemand-${tag}@eigenstad.test`;
  await page.goto(`${server.url}/wachtwoord-vergeten`);
  await page.getByLabel("E-mailadres").fill(unknown);
  await page.getByRole("button", { name: "Stuur een link" }).click();
  await expect(page.getByText(FORGOT_ANSWER)).toBeVisible();
  // A mail to a known address, asked for afterwards, arrives; none went to the unknown one before it.
  await page.getByLabel("E-mailadres").fill(people.changer.email);
  await page.getByRole("button", { name: "Stuur een link" }).click();
  await mailbox.next(people.changer.email);
  expect(mailbox.to(unknown)).toEqual([]);
});

test("wachtwoord wijzigen asks for the current password and ends the other sessions, not this one", async ({ browser }) => {
  const { email, password } = people.changer;
  const other = await signedIn(browser, email, password);
  const page = await signedIn(browser, email, password);

  await page.goto(`/${slug}`);
  await page.getByRole("link", { name: "Mijn account: Wim Wijziger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  await page.getByLabel("Huidig wachtwoord").fill("niet het goede");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een lente vol vergaderingen");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een lente vol vergaderingen");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Uw huidige wachtwoord klopt niet.")).toBeVisible();
  expect(await isSignedIn(other)).toBe(true);

  await page.getByLabel("Huidig wachtwoord").fill(password);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een lente vol vergaderingen");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een lente vol vergaderingen");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Uw wachtwoord is gewijzigd. U bent op uw andere apparaten uitgelogd.")).toBeVisible();
  await expect(page.getByLabel("Huidig wachtwoord")).toHaveValue("");
  await expectAxeClean(page);

  expect(await isSignedIn(other), "the other browser is signed out").toBe(false);
  expect(await isSignedIn(page), "this browser stays signed in").toBe(true);
});
