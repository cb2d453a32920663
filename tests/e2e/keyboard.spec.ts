import { type Locator, type Page } from "@playwright/test";
import { DEMO, expect, test } from "./demo";
import { createSessionWithOpenWorksheet, signIn } from "./helpers";

/** The focused element shows a focus indicator: it matches :focus-visible and has an outline of at least 2 px, on screen. */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
      focusVisible: el.matches(":focus-visible"),
      outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
      onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
  expect(focus, "something has focus").not.toBeNull();
  expect(focus, `focus ring on ${focus!.what}`).toMatchObject({ focusVisible: true, onScreen: true });
  expect(focus!.outline, `outline width on ${focus!.what}`).toBeGreaterThanOrEqual(2);
}

/** Presses Tab until `target` has focus, checking the focus ring at every stop; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectFocusVisible(page);
      return;
    }
    if (await page.evaluate(() => document.activeElement !== document.body)) await expectFocusVisible(page);
  }
  throw new Error(`${target} not reached in ${max} presses of Tab`);
}

test("keyboard only: a raadslid signs in, opens the worksheet, answers, saves and fixes a refused save", async ({ browser, page }) => {
  test.setTimeout(90_000);
  // Setup, not under test: the griffier opens the worksheet of a new session.
  const title = `Toetsenbord ${Date.now()}`;
  const griffier = await (await browser.newContext()).newPage();
  await signIn(griffier, DEMO.griffier);
  const url = await createSessionWithOpenWorksheet(griffier, title, ["Anouk Jansen"]);
  await griffier.context().close();

  // From here on only the keyboard: no clicks, no fill.
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-mailadres")).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type(DEMO.raadslid1);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Wachtwoord")).toBeFocused();
  await page.keyboard.type("beraad-demo");
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/${DEMO.slug}$`));

  // Home → Mijn sessies → the session → the worksheet, by Tab and Enter.
  await tabTo(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn sessies" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/sessies$/);
  await tabTo(page, page.getByRole("link", { name: title }));
  await page.keyboard.press("Enter");
  await page.waitForURL(url);
  await tabTo(page, page.getByRole("link", { name: "Naar het werkblad" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`${url}/werkblad`);
  await expect(page.getByRole("heading", { level: 1, name: "Uw rolkeuze" })).toBeVisible();

  // Gemeenteraad: into the radio group, arrow to Faciliteren, a motivation, save with Enter.
  const council = page.getByRole("group", { name: "Gemeenteraad: welke rol past?" });
  await tabTo(page, council.getByRole("radio", { name: /^Reguleren/ }));
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await expect(council.getByRole("radio", { name: /^Faciliteren/ })).toBeChecked();
  await expectFocusVisible(page);
  await page.keyboard.press("Tab");
  await expect(council.getByLabel("Toelichting (mag leeg blijven)")).toBeFocused();
  await page.keyboard.type("Ouders weten zelf wat werkt");
  await page.keyboard.press("Tab");
  const saveCouncil = page.getByRole("button", { name: /^Opslaan\s*: Gemeenteraad$/ });
  await expect(saveCouncil).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Opgeslagen om/).first()).toBeVisible({ timeout: 10_000 });
  // Focus after saving stays where the user pressed, not thrown to the top of the page.
  await expect(saveCouncil).toBeFocused();
  await expectFocusVisible(page);

  // The next actor is on the next screen: a plain link, by keyboard.
  await tabTo(page, page.getByRole("link", { name: /Volgende/ }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`${url}/werkblad?rolspeler=2`);
  await expect(page.getByTestId("screen-position")).toHaveText(/^2 van \d+$/);

  // College: save without choosing a rung. The refusal is announced, linked to the group, and focus goes there.
  const college = page.getByRole("group", { name: "College: welke rol past?" });
  const saveCollege = page.getByRole("button", { name: /^Opslaan\s*: College$/ });
  await tabTo(page, saveCollege);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Niet alles is goed ingevuld" })).toBeVisible();
  await expect(college).toHaveAccessibleDescription("Kies een trede.");
  await expect(college.getByRole("radio", { name: /^Reguleren/ })).toBeFocused();
  await expectFocusVisible(page);

  // Fixing it by keyboard clears the message.
  await page.keyboard.press("ArrowDown");
  await expect(college.getByRole("radio", { name: /^Regisseren/ })).toBeChecked();
  await expect(college.getByText("Kies een trede.")).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator("form", { has: college }).getByText(/Opgeslagen om/)).toBeVisible();

  // Both answers were stored.
  await page.reload();
  await expect(college.getByRole("radio", { name: /^Regisseren/ })).toBeChecked();
  await page.goto(`${url}/werkblad`);
  await expect(council.getByRole("radio", { name: /^Faciliteren/ })).toBeChecked();
  await expect(council.getByLabel("Toelichting (mag leeg blijven)")).toHaveValue("Ouders weten zelf wat werkt");
});
