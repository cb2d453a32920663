import { type Browser } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import type { PrismaClient } from "../../lib/db/client";
import { signIn } from "./helpers";
import { appDatabase, demoFixtures } from "./matrix-fixtures";

// Two people editing one programme item at once: the second save does not
// silently overwrite the first. It gets a Dutch message, keeps what was typed,
// shows what the other person saved, and a deliberate second save keeps theirs.

let db: PrismaClient;

test.beforeAll(() => {
  db = appDatabase();
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** A signed-in page with the first programme item's edit form open. */
async function editFirstItem(browser: Browser, email: string, sessionId: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await page.goto(`${DEMO.path()}/sessies/${sessionId}/programma`);
  const item = page.locator("ol > li").first();
  await item.locator("summary").click();
  return { page, item };
}

test("a conflicting edit of a programme item keeps the typed input and shows the other version", async ({ browser }) => {
  test.setTimeout(60_000);
  const session = await (await demoFixtures(db)).session();
  const griffier = await editFirstItem(browser, DEMO.griffier, session.id);
  const beheerder = await editFirstItem(browser, DEMO.beheerder, session.id);

  await griffier.item.getByLabel("Titel").fill("Welkom door de voorzitter");
  await griffier.item.getByLabel("Duur (minuten)").fill("15");
  await griffier.item.getByRole("button", { name: "Opslaan" }).click();
  await expect(griffier.item.getByText("Opgeslagen.", { exact: true })).toBeVisible();

  // The beheerder opened the item before that save.
  await beheerder.item.getByLabel("Titel").fill("Opening en kennismaking");
  await beheerder.item.getByLabel("Doel").fill("Iedereen kent elkaars naam.");
  await beheerder.item.getByRole("button", { name: "Opslaan" }).click();
  await expect(beheerder.item.getByText("Iemand anders heeft dit onderdeel intussen gewijzigd.", { exact: false })).toBeVisible();
  await expect(beheerder.item.getByLabel("Titel")).toHaveValue("Opening en kennismaking");
  await expect(beheerder.item.getByLabel("Doel")).toHaveValue("Iedereen kent elkaars naam.");
  const theirs = beheerder.item.getByRole("region", { name: "Opgeslagen versie" });
  await expect(theirs).toContainText("Welkom door de voorzitter");
  await expect(theirs).toContainText("15 min.");
  expect(await db.agendaItem.findUniqueOrThrow({ where: { id: session.agendaItemId } })).toMatchObject({ title: "Welkom door de voorzitter", goal: "" });

  // Having seen it, saving again keeps the beheerder's version.
  await beheerder.item.getByRole("button", { name: "Opslaan" }).click();
  await expect(beheerder.item.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  expect(await db.agendaItem.findUniqueOrThrow({ where: { id: session.agendaItemId } })).toMatchObject({ title: "Opening en kennismaking", goal: "Iedereen kent elkaars naam." });
});
