import { test as base } from "@playwright/test";
import { demoCopy, DEMO_NAMES, seedDemo } from "../../lib/demo/seed-demo";
import { appDatabase } from "./app-database";

export { expect } from "@playwright/test";

/**
 * Each Playwright worker works in its own copy of the demo gemeenten
 * (lib/demo/seed-demo.ts#demoCopy): the same people, sessions and content under
 * addresses of its own, so specs on different workers never read what another
 * changed. Specs import `test` from here (it seeds the copy once per worker) and
 * reach the copy through DEMO: `DEMO.path("/sessies")`, `DEMO.griffier`.
 */
const index = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const names = demoCopy(`w${index}`, 9000 + 2 * index);
const email = (original: string) => names.people[DEMO_NAMES.people.findIndex((p) => p.email === original)].email;
const email2 = (original: string) => names.people2[DEMO_NAMES.people2.findIndex((p) => p.email === original)].email;

export const DEMO = {
  slug: names.gemeente.slug,
  /** A path inside the copy of Voorbeeld: DEMO.path("/sessies") is "/voorbeeld-w0/sessies". */
  path: (rest = "") => `/${names.gemeente.slug}${rest}`,
  beheerder: email("beheerder@voorbeeld.nl"),
  griffier: email("griffier@voorbeeld.nl"),
  facilitator: email("facilitator@voorbeeld.nl"),
  raadslid1: email("raadslid1@voorbeeld.nl"),
  raadslid2: email("raadslid2@voorbeeld.nl"),
  raadslid3: email("raadslid3@voorbeeld.nl"),
  raadslid4: email("raadslid4@voorbeeld.nl"),
  raadslid5: email("raadslid5@voorbeeld.nl"),
  /** The copy of Rivierdal, whose griffier also facilitates in Voorbeeld. */
  rivierdal: {
    slug: names.gemeente2.slug,
    path: (rest = "") => `/${names.gemeente2.slug}${rest}`,
    griffier: email2("griffier@rivierdal.nl"),
    raadslid: email2("raadslid@rivierdal.nl"),
  },
};

/** Seeds this worker's copy the first time (a restarted worker finds it there and keeps it). */
async function seedCopy() {
  const db = appDatabase();
  try {
    if (await db.gemeente.findUnique({ where: { slug: names.gemeente.slug }, select: { id: true } })) return;
    await seedDemo(db, new Date(), names);
  } finally {
    await db.$disconnect();
  }
}

export const test = base.extend<object, { demoCopy: void }>({
  demoCopy: [
    async ({}, use) => {
      await seedCopy();
      await use();
    },
    { scope: "worker", auto: true },
  ],
});
