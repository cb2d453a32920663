import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { councilToInvite } from "./council-factory";
import { MailCatcher } from "../support/mail-catcher";
import { OwnServer, runtime } from "./own-server";

// The session invitation end to end, on an app instance of our own that mails through a real
// SMTP server started here (its worker sends the outbox): the griffier sends, the mail
// arrives with a calendar invitation that parses, the raadslid follows the RSVP link in
// Chromium without signing in, and the griffier sees the answer on the attendance list.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 73;
const PASSWORD = "uitnodiging-e2e-wachtwoord";
const mailbox = new MailCatcher();
let server: OwnServer;
let council: Awaited<ReturnType<typeof councilToInvite>>;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  council = await councilToInvite(runtime().databaseUrl, PASSWORD);
  await mailbox.start();
  server = new OwnServer(PORT, { SMTP_URL: mailbox.url, MAIL_FROM: "Griffie Uitnodigstad <griffie@uitnodigstad.test>" });
  await server.start();
});

test.afterAll(async () => {
  await server?.stop();
  await mailbox.stop();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/inloggen", { waitUntil: "networkidle" });
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
  return page;
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an invitation mail arrives with a calendar invitation, and its RSVP link records the answer the griffier sees", async ({ browser }) => {
  const griffier = await signedIn(browser, council.griffier.email);
  await griffier.goto(`/${council.slug}/sessies/${council.sessionId}`);
  const card = griffier.getByRole("region", { name: "Uitnodiging en aanwezigheid" });
  await expect(card.getByText("0 komen, 0 misschien, 0 komen niet, 2 nog geen antwoord.")).toBeVisible();
  // Rob chose English in the app (the language switch stores it on his account): his mail follows it.
  const rob = await signedIn(browser, council.raadsleden[1].email);
  await rob.getByRole("button", { name: "Switch to English" }).click();
  await expect(rob.locator("html")).toHaveAttribute("lang", "en");
  await rob.context().close();

  await card.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(card.getByText("De uitnodiging gaat naar 2 deelnemers.")).toBeVisible();
  await expectAxeClean(griffier);

  const [ria] = council.raadsleden;
  const mail = await mailbox.next(ria.email, 30_000);
  expect(mail.subject).toBe("Uitnodiging: Wonen in de wijk op 10 juni 2027");
  expect(mail.text).toContain("Wanneer: donderdag 10 juni 2027 van 19:30 tot 22:30");
  expect(mail.text).toContain(`${server.url}/${council.slug}/sessies/${council.sessionId}`);

  const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(ics, JSON.stringify(mail.attachments.map((a) => a.contentType))).toBeTruthy();
  const calendar = new ICAL.Component(ICAL.parse(ics!.content));
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  expect(event.uid).toBe(`sessie-${council.sessionId}@beraad`);
  expect(calendar.getFirstSubcomponent("vevent")!.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Amsterdam");
  expect(event.startDate.toString()).toBe("2027-06-10T19:30:00");
  expect(event.endDate.toString()).toBe("2027-06-10T22:30:00");
  // The calendar's own VTIMEZONE, which a calendar program converts with, says summer time (UTC+2) that day.
  // (As text: Playwright's loader can give ical.js twice, and a Component of the other copy is not recognised.)
  const vtimezone = ics!.content.match(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r?\n/)?.[0];
  expect(vtimezone).toBeTruthy();
  const zone = new ICAL.Timezone({ component: vtimezone! });
  expect(zone.tzid).toBe("Europe/Amsterdam");
  expect(zone.utcOffset(event.startDate)).toBe(2 * 3600);
  expect(event.location).toBe("Raadzaal, stadhuis");
  expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("organizer")).toBe("mailto:griffie@uitnodigstad.test");

  // Ria follows "Ik kom niet" in a browser that is not signed in.
  const link = mail.text.match(/Ik kom niet: (\S+)/)?.[1];
  expect(link, mail.text).toBeTruthy();
  const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(link!);
  await expect(phone.getByRole("heading", { level: 1, name: "Komt u naar ‘Wonen in de wijk’?" })).toBeVisible();
  await expect(phone.getByText("Uitnodiging voor Ria Raadslid")).toBeVisible();
  await expect(phone.getByRole("radio", { name: "komt niet" })).toBeChecked();
  await expectAxeClean(phone);
  await phone.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(phone.getByText("Dank u. Uw antwoord ‘komt niet’ is doorgegeven aan de griffie.")).toBeVisible();
  expect(new URL(phone.url()).pathname.startsWith("/inloggen")).toBe(false);

  // Rob's invitation is in English, and its RSVP link opens in English in a browser that never chose a language.
  const robsMail = await mailbox.next(council.raadsleden[1].email, 30_000);
  expect(robsMail.subject).toBe("Invitation: Wonen in de wijk on June 10, 2027");
  const robsLink = robsMail.text.match(/(\S+\/aanwezigheid\/\S+\?lang=en&antwoord=misschien)\b/)?.[1];
  expect(robsLink, robsMail.text).toBeTruthy();
  const robsPhone = await (await browser.newContext()).newPage();
  await robsPhone.goto(robsLink!);
  await expect(robsPhone.getByRole("heading", { level: 1, name: "Are you coming to ‘Wonen in de wijk’?" })).toBeVisible();
  await expect(robsPhone.locator("html")).toHaveAttribute("lang", "en");
  await robsPhone.context().close();

  await griffier.reload();
  const attendance = griffier.getByTestId("attendance");
  await expect(attendance.getByRole("row", { name: /Ria Raadslid komt niet/ })).toBeVisible();
  await expect(attendance.getByRole("row", { name: /Rob Raadslid nog geen antwoord/ })).toBeVisible();
  await expect(card.getByText("0 komen, 0 misschien, 1 komen niet, 1 nog geen antwoord.")).toBeVisible();
});
