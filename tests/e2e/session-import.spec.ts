import fs from "node:fs";
import { type Page } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import type { PrismaClient } from "../../lib/db/client";
import { form, IDLE } from "../support/authorization-matrix";
import { signIn } from "./helpers";
import { HttpCaller, actionIdsOfBuild } from "./http-client";
import { appDatabase } from "./matrix-fixtures";

// The import page promises a limit; a file within it is read, and a file too big, too
// deeply nested or holding text that is no Unicode gets a Dutch refusal from the app —
// not the generic error page of a request body the framework refused unread.

const MB = 1024 * 1024;
const IMPORTED = "Ruim bestand";
const exchange = (JSON.parse(fs.readFileSync("messages/nl.json", "utf8")) as { exchange: Record<string, string> }).exchange;
const say = (key: string, values: Record<string, string | number> = {}) => exchange[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

let db: PrismaClient;
let exported: Record<string, unknown>;

test.beforeAll(async () => {
  db = appDatabase();
  const { id } = await db.councilSession.findFirstOrThrow({ where: { gemeente: { slug: DEMO.slug }, title: { startsWith: "Jeugdzorg" } }, select: { id: true } });
  const griffier = await new HttpCaller("GRIFFIER").signIn(DEMO.griffier);
  exported = await (await griffier.fetch(`${DEMO.path()}/sessies/${id}/export.json`)).json();
});

test.afterAll(async () => {
  await db?.councilSession.deleteMany({ where: { title: { startsWith: IMPORTED } } });
  await db?.$disconnect();
});

/**
 * The exported session file with a new title, padded with JSON whitespace to `bytes` bytes.
 * Without people, cases and commitments: an imported copy must not show up on the demo's
 * dashboards, which other specs read. Without people its steps have no owners either (an
 * owner must be one of the session's people), so the import has nothing to report.
 */
function sessionFile(title: string, bytes = 0) {
  const session = { ...(exported.session as Record<string, unknown>), title };
  const steps = (exported.steps as Record<string, unknown>[]).map((step) => ({ ...step, owner: null }));
  const text = JSON.stringify({ ...exported, session, steps, people: { facilitators: [], invitees: [] }, cases: [], valueLinks: [], commitments: [] });
  return text + " ".repeat(Math.max(0, bytes - Buffer.byteLength(text)));
}

async function upload(page: Page, name: string, content: string) {
  await page.goto(DEMO.path("/sessies/importeren"));
  await page.getByLabel(/Sessiebestand/).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Importeren" }).click();
}

test("the page states the limit, and a session file of 1.5 MB within it imports", async ({ page }) => {
  await signIn(page, DEMO.griffier);
  await page.goto(DEMO.path("/sessies/importeren"));
  await expect(page.getByText(/Hoogstens 2 MB/)).toBeVisible();
  const title = `${IMPORTED} ${Date.now()}`;
  await upload(page, "sessie.json", sessionFile(title, 1.5 * MB));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 15_000 });
});

test("too big, too deep or not Unicode: each a Dutch refusal, and nothing is imported", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.griffier);
  const before = await db.councilSession.count();

  // Over the limit: refused in the browser before the upload, with the page's own words.
  await upload(page, "groot.json", sessionFile("Te groot", 2 * MB + 1));
  await expect(page.getByText(say("tooLarge", { max: 2 }))).toBeVisible();

  // Nested far deeper than any session file (20,000 levels).
  await upload(page, "diep.json", `{"format":"beraad-sessie","steps":${"[".repeat(20_000)}${"]".repeat(20_000)}}`);
  await expect(page.getByText(say("tooDeep", { depth: 32 }))).toBeVisible();

  // A lone surrogate in the title: JSON can write it (\ud800), but it is no text.
  await upload(page, "surrogaat.json", sessionFile("Sessie \ud800"));
  await expect(page.getByText(say("invalidText"))).toBeVisible();

  expect(await db.councilSession.count()).toBe(before);
});

test("the server refuses a file over the limit in Dutch too (a caller without the page's check)", async () => {
  const griffier = await new HttpCaller("GRIFFIER").signIn(DEMO.griffier);
  const id = actionIdsOfBuild().get("lib/exchange/actions.ts#importSessionAction")!;
  const response = await griffier.callAction(id, [DEMO.slug, IDLE, form({ file: { filename: "groot.json", content: sessionFile("Te groot", 2 * MB + 1) } })]);
  expect(response.status).toBe(200);
  expect(response.result).toMatchObject({ status: "error", message: say("tooLarge", { max: 2 }) });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a file far over the limit is refused in Dutch too, not with a bare server error", async ({ page, context }) => {
    // Signing in takes JavaScript; the session cookie is what a browser would then hold.
    const griffier = await new HttpCaller("GRIFFIER").signIn(DEMO.griffier);
    const cookies = griffier.cookieHeader().split("; ").map((pair) => pair.split(/=(.*)/s));
    await context.addCookies(cookies.map(([name, value]) => ({ name, value, domain: "localhost", path: "/" })));
    for (const bytes of [2 * MB + 1, 3 * MB]) {
      await page.goto(DEMO.path("/sessies/importeren"));
      await page.getByLabel(/Sessiebestand/).setInputFiles({ name: "groot.json", mimeType: "application/json", buffer: Buffer.from(sessionFile("Te groot", bytes)) });
      await page.getByRole("button", { name: "Importeren" }).click();
      await expect(page.getByText(/groter dan 2 MB/)).toBeVisible();
    }
  });
});
