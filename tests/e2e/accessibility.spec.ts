import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import pg from "pg";
import { signRsvpToken } from "../../lib/invitations/rsvp-token";
import { DEMO, expect, test } from "./demo";
import { STEP_SLUGS } from "../../lib/preparation/steps";
import { runtime } from "./own-server";
import { councilWithClosedWorksheet } from "./council-factory";
import { RUNTIME_FILE, axeViolations, collectMissingMessages, createSessionWithOpenWorksheet, expectAccessible, signIn } from "./helpers";

// Every main page, per role, checked with axe (WCAG 2.1 A + AA tags) in real Chromium, plus the
// footer link to the accessibility statement and no sideways scrolling (signed out and raadslid
// at 320 px wide).
// One row per page × role × state. To add a page: add a row to PAGES below; when the page needs
// data, make it in `setUp` (through the UI, as a user would) and add it to `Fixture`.

type Who = "signedOut" | "beheerder" | "griffier" | "facilitator" | "raadslid" | "guest";
type Member = Exclude<Who, "signedOut" | "guest">;

type Fixture = {
  /** A fresh session with the worksheet open and one answer from raadslid1. */
  open: string;
  /** A fresh session that went live, got an answer, and whose worksheet is closed with results released. */
  live: string;
  /** The seeded demo session "Jeugdzorg: wie doet wat?" (warnings, overdue items); only read here. */
  demo: string;
  /** Path of an invitation nobody has accepted yet. */
  invitation: string;
  /** The join code of `live`, which lets guests in; a guest (on a phone, no account) joined it and answered. */
  code: string;
  /** raadslid1's RSVP link for `open`, as the invitation mail carries it ("komt" chosen). */
  rsvp: string;
};

type Row = {
  who: Who;
  /** The path; `{open}`, `{live}`, `{liveId}`, `{demo}`, `{invitation}`, `{code}` stand for the fixture's. */
  path: string;
  /** What makes this row's state interesting, for the test name. */
  state?: string;
  /** Brings the page into that state after it loaded. */
  prepare?: (page: Page) => Promise<void>;
  /** The page's first heading; checked so a row cannot pass on an error page or a redirect. */
  heading: string | RegExp;
  /** Shown in English instead of Dutch. */
  english?: boolean;
};

const PAGES: Row[] = [
  // Signed out
  { who: "signedOut", path: "/inloggen", heading: "Inloggen" },
  {
    who: "signedOut",
    path: "/inloggen",
    state: "refused",
    heading: "Inloggen",
    prepare: async (page) => {
      await page.getByLabel("E-mailadres").fill("onbekend@voorbeeld.nl");
      await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
    },
  },
  { who: "signedOut", path: "{invitation}", heading: "Uitnodiging voor Voorbeeld" },
  {
    who: "signedOut",
    path: "{invitation}",
    state: "with errors",
    heading: "Uitnodiging voor Voorbeeld",
    prepare: async (page) => {
      await page.getByLabel("Uw naam").fill("Nina Nieuw");
      await page.getByLabel("Kies een wachtwoord").fill("kort");
      await page.getByLabel("Herhaal het wachtwoord").fill("kort");
      await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
      await expect(page.getByText("Kies een wachtwoord van minstens 10 tekens.")).toBeVisible();
    },
  },
  { who: "signedOut", path: "/uitnodiging/bestaat-niet", state: "unknown link", heading: "Deze uitnodiging werkt niet meer" },
  // The RSVP link of a session invitation: answered without signing in, on a phone.
  { who: "signedOut", path: "{rsvp}", heading: /^Komt u naar/ },
  {
    who: "signedOut",
    path: "{rsvp}",
    state: "answered",
    heading: /^Komt u naar/,
    prepare: async (page) => {
      await page.getByRole("button", { name: "Antwoord versturen" }).click();
      await expect(page.getByText("Dank u. Uw antwoord ‘komt’ is doorgegeven aan de griffie.")).toBeVisible();
    },
  },
  { who: "signedOut", path: "/aanwezigheid/bestaat-niet", state: "unknown link", heading: "Link werkt niet" },
  { who: "raadslid", path: "{rsvp}", state: "in English", heading: /^Are you coming to/, english: true },
  { who: "signedOut", path: "/wachtwoord-vergeten", heading: "Wachtwoord vergeten" },
  {
    who: "signedOut",
    path: "/wachtwoord-vergeten",
    state: "with errors",
    heading: "Wachtwoord vergeten",
    prepare: async (page) => {
      // Past the browser's own check of type=email, refused by the server's.
      await page.getByLabel("E-mailadres").fill("iemand@gemeente");
      await page.getByRole("button", { name: "Stuur een link" }).click();
      await expect(page.getByText("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.")).toBeVisible();
    },
  },
  { who: "signedOut", path: "/wachtwoord-herstellen/bestaat-niet", state: "unknown link", heading: "Deze link werkt niet meer" },
  { who: "signedOut", path: "/toegankelijkheid", heading: "Toegankelijkheidsverklaring" },
  { who: "signedOut", path: "/toegankelijkheid", state: "in English", english: true, heading: "Accessibility statement" },
  { who: "signedOut", path: "/inloggen", state: "in English", english: true, heading: "Sign in" },
  { who: "signedOut", path: "/meedoen", heading: /Meedoen/ },
  { who: "signedOut", path: "/meedoen?code={code}", state: "guest join form", heading: /^Meedoen met A11y live/ },
  {
    who: "signedOut",
    path: "/meedoen?code={code}",
    state: "guest join form with errors",
    heading: /^Meedoen met A11y live/,
    prepare: async (page) => {
      await page.getByRole("button", { name: "Meedoen" }).click();
      await expect(page.getByText("Kies de groep waar u bij hoort.")).toBeVisible();
    },
  },

  // Guest (no account, on a phone): only their own session's pages
  { who: "guest", path: "/gast/{liveId}", state: "closed, with an answer", heading: /^A11y live/ },
  { who: "guest", path: "/gast/{liveId}/uitslag", state: "released, guest groups below k", heading: "Uitslag rolkeuze" },

  // Beheerder
  { who: "beheerder", path: DEMO.path(), heading: /^Welkom/ },
  { who: "beheerder", path: DEMO.path("/leden"), heading: "Leden van Voorbeeld" },
  { who: "beheerder", path: "{demo}/waarden", heading: /Casussen/ },
  { who: "beheerder", path: "{demo}/planning", heading: "Planning" },
  {
    who: "beheerder",
    path: DEMO.path("/leden"),
    state: "with an invitation link",
    heading: "Leden van Voorbeeld",
    prepare: async (page) => {
      const invite = page.getByRole("region", { name: "Iemand uitnodigen" });
      await invite.getByLabel("E-mailadres").fill(`a11y-${Date.now()}@voorbeeld.nl`);
      await invite.getByRole("button", { name: "Uitnodiging maken" }).click();
      await expect(page.getByTestId("invitation-link")).toBeVisible();
    },
  },
  { who: "beheerder", path: DEMO.path("/sessies"), heading: "Sessies" },
  { who: "beheerder", path: "{demo}", heading: "Jeugdzorg: wie doet wat?" },
  { who: "beheerder", path: "{live}/verslag", state: "shared verslag", heading: /^Verslag: A11y live/ },
  { who: "beheerder", path: `/draaiboek/${DEMO.slug}/{liveId}`, state: "print page", heading: /^Draaiboek: A11y live/ },
  { who: "beheerder", path: "/toegankelijkheid", heading: "Toegankelijkheidsverklaring" },

  // Griffier
  { who: "griffier", path: DEMO.path(), heading: /^Welkom/ },
  { who: "griffier", path: DEMO.path("/sessies"), heading: "Sessies" },
  { who: "griffier", path: DEMO.path("/sessies/nieuw"), heading: "Nieuwe sessie" },
  {
    who: "griffier",
    path: DEMO.path("/sessies/nieuw"),
    state: "with errors",
    heading: "Nieuwe sessie",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Sessie aanmaken" }).click();
      await expect(page.getByText("Vul een titel in van minstens 3 tekens.")).toBeVisible();
    },
  },
  { who: "griffier", path: DEMO.path("/sessies/nieuw?vanuit=sjabloon"), state: "from a template", heading: "Nieuwe sessie" },
  { who: "griffier", path: DEMO.path("/sessies/nieuw?vanuit=kopie"), state: "as a copy", heading: "Nieuwe sessie" },
  {
    who: "griffier",
    path: DEMO.path("/sessies/nieuw?vanuit=kopie"),
    state: "as a copy, with errors",
    heading: "Nieuwe sessie",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Sessie aanmaken" }).click();
      await expect(page.getByText("Kies de sessie die u wilt kopiëren.")).toBeVisible();
    },
  },
  {
    who: "griffier",
    path: "{open}",
    state: "save as template and preparation group open",
    heading: /^A11y werkblad/,
    prepare: async (page) => {
      await page.locator("summary", { hasText: "Opslaan als sjabloon" }).click();
      await page.locator("summary", { hasText: "Voorbereidingsgroep kiezen" }).click();
      await expect(page.getByLabel("Naam van het sjabloon")).toBeVisible();
    },
  },
  { who: "griffier", path: DEMO.path("/sessies/importeren"), heading: /importeren/i },
  { who: "griffier", path: DEMO.path("/sessies/sjablonen"), heading: "Sjablonen" },
  { who: "griffier", path: "{demo}", state: "warnings and overdue items", heading: "Jeugdzorg: wie doet wat?" },
  { who: "griffier", path: "{open}", state: "worksheet open", heading: /^A11y werkblad/ },
  { who: "griffier", path: "{open}/bewerken", heading: /bewerken/i },
  ...STEP_SLUGS.map((slug): Row => ({ who: "griffier", path: `{demo}/stappen/${slug}`, heading: /./ })),
  // Each step page ships only its own step's messages (lib/preparation/form-messages.ts): every step in English too.
  ...STEP_SLUGS.map((slug): Row => ({ who: "griffier", path: `{demo}/stappen/${slug}`, state: "in English", english: true, heading: /./ })),
  {
    who: "griffier",
    path: "{open}/stappen/probleem",
    state: "with errors",
    heading: "Draag niet te snel oplossingen aan",
    prepare: async (page) => {
      await page.getByRole("radio", { name: "N.v.t." }).check();
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Niet alles is goed ingevuld." })).toBeVisible();
    },
  },
  { who: "griffier", path: "{demo}/planning", state: "late steps", heading: "Planning" },
  {
    who: "griffier",
    path: "{open}/planning",
    state: "form open",
    heading: "Planning",
    prepare: async (page) => {
      await page.getByRole("link", { name: "Planning aanpassen" }).click();
      await expect(page.getByLabel("Eigenaar van stap 1", { exact: true })).toBeVisible();
    },
  },
  { who: "griffier", path: "{demo}/programma", heading: /Programma/ },
  { who: "griffier", path: "{demo}/waarden", heading: /Casussen/ },
  {
    who: "griffier",
    path: "{demo}/waarden",
    state: "indicator, verdict, tension and ranking forms open",
    heading: /Casussen/,
    prepare: async (page) => {
      for (const details of await page.locator("main details").all()) await details.evaluate((d: HTMLDetailsElement) => (d.open = true));
    },
  },
  { who: "griffier", path: "{live}/werkblad/uitslag", heading: "Uitslag rolkeuze" },
  { who: "griffier", path: "{live}/terugblik", heading: /Terugblik/ },
  { who: "griffier", path: "{live}/verslag", heading: /^Verslag: A11y live/ },
  { who: "griffier", path: `/draaiboek/${DEMO.slug}/{liveId}`, state: "print page", heading: /^Draaiboek: A11y live/ },

  // Facilitator
  { who: "facilitator", path: DEMO.path(), heading: /^Welkom/ },
  { who: "facilitator", path: DEMO.path("/sessies"), heading: "Sessies" },
  { who: "facilitator", path: "{demo}/waarden", heading: /Casussen/ },
  { who: "facilitator", path: "{demo}/planning", state: "read only", heading: "Planning" },
  { who: "facilitator", path: "{live}", state: "closed, results released", heading: /^A11y live/ },
  { who: "facilitator", path: `/projectie/${DEMO.slug}/{liveId}`, state: "live, with an answer", heading: /^A11y live/ },
  {
    who: "facilitator",
    path: "{live}/terugblik",
    state: "review saved",
    heading: /Terugblik/,
    prepare: async (page) => {
      await page.getByLabel("Wat viel op?").fill("De raad wil vooral faciliteren.");
      await page.getByRole("button", { name: "Terugblik opslaan" }).click();
      await expect(page.getByText("Opgeslagen.")).toBeVisible();
    },
  },
  { who: "facilitator", path: "{live}/verslag", heading: /^Verslag: A11y live/ },
  { who: "facilitator", path: `/draaiboek/${DEMO.slug}/{liveId}`, state: "print page", heading: /^Draaiboek: A11y live/ },
  { who: "facilitator", path: "/meedoen", heading: /Meedoen/ },

  // Raadslid (on a phone: the worksheet is designed for one)
  { who: "raadslid", path: DEMO.path(), state: "with tasks and a shared verslag", heading: /^Welkom/ },
  { who: "raadslid", path: DEMO.path("/sessies"), heading: /sessies/i },
  { who: "raadslid", path: "{demo}", state: "shared parts only", heading: "Jeugdzorg: wie doet wat?" },
  { who: "raadslid", path: "{open}/werkblad", state: "with an answer", heading: "Uw rolkeuze" },
  { who: "raadslid", path: "{live}/werkblad", state: "closed", heading: "Uw rolkeuze" },
  { who: "raadslid", path: "{live}/werkblad/uitslag", heading: "Uitslag rolkeuze" },
  { who: "raadslid", path: "{demo}/programma", heading: /Programma/ },
  { who: "raadslid", path: "{live}/verslag", state: "shared verslag", heading: /^Verslag: A11y live/ },
  { who: "raadslid", path: `/draaiboek/${DEMO.slug}/{liveId}`, state: "print page", heading: /^Draaiboek: A11y live/ },
  { who: "raadslid", path: "{demo}/waarden", heading: /Casussen/ },
  {
    who: "raadslid",
    path: "{demo}/waarden",
    state: "personal data in the casus",
    heading: /Casussen/,
    prepare: async (page) => {
      await page.getByLabel("Wat is er gebeurd?").fill("Bel mevrouw op 06-12345678");
      await page.getByLabel("Welke waarden staan op het spel?").fill("tijdigheid");
      await page.getByRole("button", { name: "Casus toevoegen" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "persoonsgegevens" })).toBeVisible();
    },
  },
  { who: "raadslid", path: "/meedoen", heading: /Meedoen/ },
  { who: "raadslid", path: "/meedoen?code=ZZZZZZ", state: "unknown code", heading: /Meedoen/ },
  { who: "raadslid", path: DEMO.path("/bestaat-niet"), state: "not found", heading: "Niet gevonden" },

  // Learning, the reference library and search
  { who: "griffier", path: DEMO.path("/leren"), heading: "Wat we leerden" },
  { who: "griffier", path: DEMO.path("/leren?thema=energie"), state: "one theme", heading: "Wat we leerden" },
  { who: "raadslid", path: DEMO.path("/leren"), state: "shared evaluations only", heading: "Wat we leerden" },
  { who: "griffier", path: DEMO.path("/bibliotheek?rol=WETHOUDER&stap=4"), state: "filtered", heading: "Bibliotheek" },
  { who: "griffier", path: DEMO.path("/bibliotheek"), state: "english", english: true, heading: "Library" },
  {
    who: "griffier",
    path: DEMO.path("/bibliotheek"),
    state: "a card, ready to attach",
    heading: "Bibliotheek",
    prepare: async (page) => {
      await page.getByRole("link", { name: "Het DemoCreatiespel" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Het DemoCreatiespel" })).toBeVisible();
    },
  },
  { who: "raadslid", path: DEMO.path("/bibliotheek"), heading: "Bibliotheek" },
  {
    who: "beheerder",
    path: DEMO.path("/bibliotheek/nieuw"),
    state: "with errors",
    heading: "Eigen kaart toevoegen",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Kaart opslaan" }).click();
      await expect(page.getByText("Kies voor wie de kaart is.")).toBeVisible();
    },
  },
  { who: "griffier", path: DEMO.path("/zoeken?q=evaluatie"), heading: /^Resultaten voor/ },
  // The account page (changing the password), for every role; the reset form with a real link is checked in passwords.spec.ts.
  ...(["beheerder", "griffier", "facilitator", "raadslid"] as const).map((who): Row => ({ who, path: DEMO.path("/account"), heading: "Mijn account" })),
  {
    who: "raadslid",
    path: DEMO.path("/account"),
    state: "with errors",
    heading: "Mijn account",
    prepare: async (page) => {
      // Refused by the form's schema before any password is checked (no sign-in limit is used up).
      await page.getByLabel("Huidig wachtwoord").fill("beraad-demo");
      await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
      await page.getByLabel("Nieuw wachtwoord nog een keer").fill("kort");
      await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
      await expect(page.getByText("Kies een wachtwoord van minstens 10 tekens.")).toBeVisible();
    },
  },
  { who: "raadslid", path: DEMO.path("/zoeken?q=jeugdzorg"), heading: /^Resultaten voor/ },
];

const EMAIL: Record<Member, string> = {
  beheerder: DEMO.beheerder,
  griffier: DEMO.griffier,
  facilitator: DEMO.facilitator,
  raadslid: DEMO.raadslid1,
};
const PEOPLE = ["Fatima Facilitator", "Anouk Jansen", "Bram de Vries"];
// 320 CSS px: the width at which WCAG 1.4.10 (reflow) asks for no horizontal scrolling.
const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
const optionsFor = (who: Who): BrowserContextOptions => (who === "raadslid" || who === "signedOut" || who === "guest" ? PHONE : {});

// Signed in once per role and reused by every row (sign-in is rate-limited).
const storage = new Map<Who, BrowserContextOptions["storageState"]>();
let fixture: Fixture;

async function pageFor(browser: Browser, who: Who, english = false) {
  const context = await browser.newContext({ ...optionsFor(who), storageState: storage.get(who) });
  if (english) await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
  return context.newPage();
}

/** Answers for the council on a worksheet page (`path`: the session's URL + "/werkblad", or a guest's page). */
async function answerCouncil(page: Page, sessionUrl: string, rung: string, worksheet = "/werkblad") {
  await page.goto(`${sessionUrl}${worksheet}`);
  const council = page.locator("form", { has: page.getByRole("heading", { name: "Gemeenteraad: welke rol past?" }) });
  await council.getByRole("radio", { name: new RegExp(`^${rung}`) }).check();
  await expect(council.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
}

async function setUp(browser: Browser): Promise<Fixture> {
  const pages = {} as Record<Member, Page>;
  for (const [who, email] of Object.entries(EMAIL) as [Member, string][]) {
    const page = await (await browser.newContext(optionsFor(who))).newPage();
    await signIn(page, email);
    pages[who] = page;
  }
  const { griffier, facilitator, raadslid, beheerder } = pages;
  const stamp = Date.now();

  const open = await createSessionWithOpenWorksheet(griffier, `A11y werkblad ${stamp}`, PEOPLE);
  await answerCouncil(raadslid, open, "Faciliteren");
  // Tasks for the raadslid's dashboard: a casus date (set on the planning page) and a card to read.
  await griffier.goto(`${open}/planning`);
  await griffier.getByLabel("Raadsleden brengen een casus in vóór").fill("2030-01-15");
  await griffier.getByRole("button", { name: "Datum bewaren" }).click();
  await expect(griffier.getByText("Opgeslagen.")).toBeVisible();
  await attachReading(new URL(open).pathname.split("/").pop()!);

  const live = await createSessionWithOpenWorksheet(griffier, `A11y live ${stamp}`, PEOPLE);
  await griffier.goto(live);
  await griffier.getByRole("button", { name: "Voorbereiding afronden" }).click();
  await expect(griffier.getByText("De status is gewijzigd.")).toBeVisible();
  await facilitator.goto(live);
  await facilitator.getByRole("button", { name: "Sessie live zetten" }).click();
  await expect(facilitator.getByRole("link", { name: "Projectiescherm openen" })).toBeVisible();
  await answerCouncil(raadslid, live, "Stimuleren");
  // Guests may join the live session; one does, on a phone, and answers.
  await griffier.goto(live);
  await griffier.getByLabel("Gasten mogen meedoen").check();
  await griffier.getByRole("button", { name: "Gasten-instellingen opslaan" }).click();
  await expect(griffier.getByText("De instellingen voor gasten zijn opgeslagen.")).toBeVisible();
  await facilitator.goto(`/projectie/${DEMO.slug}/${live.split("/").pop()}`);
  const code = (await facilitator.getByTestId("join-code").textContent())!.trim();
  const guest = await (await browser.newContext(optionsFor("guest"))).newPage();
  await guest.goto(`/meedoen?code=${code}`);
  await guest.getByRole("radio", { name: "Inwoners" }).check();
  await guest.getByRole("button", { name: "Meedoen" }).click();
  await guest.waitForURL(/\/gast\//);
  await answerCouncil(guest, guest.url(), "Faciliteren", "");
  storage.set("guest", await guest.context().storageState());
  await guest.context().close();
  await griffier.goto(live);
  await griffier.getByRole("button", { name: "Werkblad sluiten" }).click();
  await expect(griffier.getByText("Het werkblad is gesloten.")).toBeVisible();
  await griffier.getByRole("button", { name: "Uitslag vrijgeven" }).click();
  await expect(griffier.getByText("De uitslag is vrijgegeven.")).toBeVisible();
  // The griffier shares the verslag with the raadsleden (the beheerder and raadsleden read it then).
  const sharing = griffier.getByRole("region", { name: "Delen met raadsleden" });
  await sharing.getByLabel(/^Het verslag/).check();
  await sharing.getByRole("button", { name: "Delen opslaan" }).click();
  await expect(sharing.getByText("Opgeslagen.")).toBeVisible();

  await griffier.goto(DEMO.path("/sessies"));
  await griffier.getByRole("link", { name: "Jeugdzorg: wie doet wat?" }).click();
  await griffier.waitForURL(/\/sessies\/\w+$/);
  const demo = new URL(griffier.url()).pathname;

  await beheerder.goto(DEMO.path("/leden"));
  const invite = beheerder.getByRole("region", { name: "Iemand uitnodigen" });
  await invite.getByLabel("E-mailadres").fill(`a11y-uitgenodigd-${stamp}@voorbeeld.nl`);
  await invite.getByRole("button", { name: "Uitnodiging maken" }).click();
  const invitation = new URL((await beheerder.getByTestId("invitation-link").textContent())!).pathname;

  for (const [who, page] of Object.entries(pages)) {
    storage.set(who as Who, await page.context().storageState());
    await page.context().close();
  }
  const pathOf = (url: string) => new URL(url).pathname;
  return { open: pathOf(open), live: pathOf(live), demo, invitation, code, rsvp: await rsvpLink(pathOf(open).split("/").pop()!, EMAIL.raadslid) };
}

/** Attaches a shipped library card to the session as reading for its raadsleden (a task on their dashboard). */
async function attachReading(sessionId: string) {
  const client = new pg.Client({ connectionString: runtime().databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO session_card (session_id, card_id, for_reading, note) SELECT $1, id, true, 'Lees dit vooraf' FROM library_card WHERE gemeente_id IS NULL ORDER BY key LIMIT 1 ON CONFLICT DO NOTHING`, [sessionId]);
  } finally {
    await client.end();
  }
}

/** The RSVP link an invitation mail would carry for this person (signed with the run's secret). */
async function rsvpLink(sessionId: string, email: string) {
  const { databaseUrl, secret } = runtime();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT m.id FROM membership m JOIN "user" u ON u.id = m.user_id JOIN gemeente g ON g.id = m.gemeente_id WHERE u.email = $1 AND g.slug = $2`, [email, DEMO.slug]);
    return `/aanwezigheid/${signRsvpToken({ sessionId, membershipId: rows[0].id }, secret)}?antwoord=komt`;
  } finally {
    await client.end();
  }
}

// The fixture is made once per app run: a worker that restarts after a failing row reuses it
// (keyed by the run's throwaway database) instead of making it again.
const CACHE = path.join(os.tmpdir(), `beraad-a11y-fixture-${process.env.E2E_PORT ?? 3210}-${DEMO.slug}.json`);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const run = fs.readFileSync(RUNTIME_FILE, "utf8");
  const cached = fs.existsSync(CACHE) ? JSON.parse(fs.readFileSync(CACHE, "utf8")) : null;
  if (cached?.run === run) {
    fixture = cached.fixture;
    for (const [who, state] of cached.storage) storage.set(who, state);
    return;
  }
  fixture = await setUp(browser);
  fs.writeFileSync(CACHE, JSON.stringify({ run, fixture, storage: [...storage] }), { mode: 0o600 });
});

test("the axe check finds violations when there are some", async ({ page }) => {
  await page.setContent(`<html lang="nl"><body><main><h1>Test</h1><img src="data:,"><button></button><p style="color:#bbb">grijs</p></main></body></html>`);
  const found = (await axeViolations(page)).map((line) => line.split(":")[0]);
  expect(found).toEqual(expect.arrayContaining(["image-alt", "button-name", "color-contrast"]));
});

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, key: string) => (key === "liveId" ? fixture.live.split("/").pop()! : fixture[key as keyof Fixture]));

for (const row of PAGES) {
  test(`${row.who}: ${row.path}${row.state ? ` (${row.state})` : ""}`, async ({ browser }) => {
    const page = await pageFor(browser, row.who, row.english);
    // Each page ships only its client components' messages (lib/i18n/client-messages.ts): one
    // the scan missed shows as a raw key, and next-intl says so in the console while hydrating.
    const missingMessages = collectMissingMessages(page);
    const target = fill(row.path);
    const response = await page.goto(target);
    expect(response?.status(), `${target} answers`).toBe(row.state === "not found" ? 404 : 200);
    if (row.who !== "signedOut") expect(new URL(page.url()).pathname, "still signed in").not.toBe("/inloggen");
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(row.heading);
    await row.prepare?.(page);
    await expectAccessible(page);
    // Things axe does not check: the statement is one link away, and nothing scrolls sideways (WCAG 1.4.10).
    if (!target.startsWith("/projectie/")) {
      await expect(page.getByRole("contentinfo").getByRole("link", { name: row.english ? "Accessibility" : "Toegankelijkheid" })).toHaveAttribute("href", "/toegankelijkheid");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "horizontal scrolling").toBeLessThanOrEqual(0);
    expect(missingMessages, "messages missing in the browser").toEqual([]);
    await page.context().close();
  });
}

// The herhaling (issue 12), in a council of its own (council-factory; k = 3, a named worksheet
// answered and closed, a moment in step 9): the raadslid's dashboard task and answer page on a
// 320 px phone, and for griffier and facilitator the review and learning pages with a shift view
// (a chart and its table), and the verslag with its rounds. Guests reach no herhaling here.
test("herhaling: the raadslid's dashboard and answer page; review, learning page and verslag with a shift view for griffier and facilitator", async ({ browser }) => {
  // Eleven full pages through axe, four sign-ins and a herhaling started and closed: like the
  // dashboard specs' 90 s for two or three pages, on two shared cores.
  test.setTimeout(360_000);
  const password = "herhaling-a11y-wachtwoord";
  const council = await councilWithClosedWorksheet(runtime().databaseUrl, { password, facilitator: true });
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, council.griffierEmail, password);
  await griffier.goto(council.reviewPath);
  const repeats = griffier.getByRole("region", { name: "Herhalingen en verschuiving" });
  await repeats.getByRole("button", { name: "Herhaling starten voor 2027-09-01" }).click();
  await expect(repeats.getByText("De herhaling is gestart.")).toBeVisible();

  const checkPhone = async (page: Page, heading: string | RegExp) => {
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(heading);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "horizontal scrolling").toBeLessThanOrEqual(0);
  };
  const raadslid = await (await browser.newContext(PHONE)).newPage();
  await signIn(raadslid, council.members[0]!.email, password);
  await raadslid.goto(`/${council.slug}`);
  await checkPhone(raadslid, /^Welkom/);
  await raadslid.locator("li[data-task=worksheet]").getByRole("link", { name: "Naar de herhaling" }).click();
  await checkPhone(raadslid, "Werkblad: herhaling");
  const form = raadslid.locator("form", { has: raadslid.getByRole("heading", { name: "Gemeenteraad: welke rol past?" }) });
  await form.getByRole("radio", { name: /^Loslaten/ }).check();
  await expect(form.getByText(/Opgeslagen om/)).toBeVisible({ timeout: 10_000 });
  await checkPhone(raadslid, "Werkblad: herhaling");
  const repeatId = new URL(raadslid.url()).pathname.split("/").pop()!;
  await raadslid.context().close();

  // The other two answer in the database (k = 3 reached, so the shift view draws a distribution), then the griffier closes it.
  const client = new pg.Client({ connectionString: runtime().databaseUrl });
  await client.connect();
  try {
    for (const [n, member] of council.members.slice(1).entries()) {
      await client.query(
        `INSERT INTO role_answer (id, worksheet_id, actor_id, membership_id, rung, updated_at) SELECT $1, $2, id, $3, 'FACILITEREN', now() FROM worksheet_actor WHERE worksheet_id = $2 AND key = 'gemeenteraad'`,
        [`a11y-repeat-${n}-${repeatId}`, repeatId, member.membershipId],
      );
    }
  } finally {
    await client.end();
  }
  await griffier.reload();
  await repeats.getByRole("button", { name: /Werkblad sluiten/ }).click();
  await expect(repeats.getByText("Het werkblad is gesloten.")).toBeVisible();

  const facilitator = await (await browser.newContext()).newPage();
  await signIn(facilitator, council.facilitator!.email, password);
  for (const page of [griffier, facilitator]) {
    await page.goto(council.reviewPath);
    await expect(page.getByTestId("shift-gemeenteraad").locator("svg circle").first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${council.slug}/leren`);
    await expect(page.getByRole("heading", { name: "Hoe de rolkeuze verschuift" })).toBeVisible();
    await expect(page.getByTestId("shift-gemeenteraad").getByRole("table")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`${council.sessionPath}/verslag`);
    await expect(page.getByRole("region", { name: "Herhalingen en verschuiving" }).getByRole("table").first()).toBeVisible();
    await expectAccessible(page);
    await page.context().close();
  }
});
