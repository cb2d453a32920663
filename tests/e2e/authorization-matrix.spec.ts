import fs from "node:fs";
import { DEMO, expect, test } from "./demo";
import type { PrismaClient } from "../../lib/db/client";
import { ACTION_ROWS, ROUTE_ROWS, SUBJECTS, type ActionRow, type Subject } from "../support/authorization-matrix";
import { signGuestToken, signRepeatGuestToken } from "../../lib/auth/guest-token";
import { RUNTIME_FILE } from "./helpers";
import { HttpCaller, actionIdsOfBuild, type ActionResponse } from "./http-client";
import { appDatabase, countAllRows, createOutsider, demoFixtures } from "./matrix-fixtures";

// Every cell of tests/support/authorization-matrix.ts, over real HTTP against the
// production build: real sign-in per subject, real server actions by their build ids,
// real pages and route handlers. Refused cells must also leave every table unchanged.

const OUTSIDER_PASSWORD = "anderstad-wachtwoord";
const nl = JSON.parse(fs.readFileSync("messages/nl.json", "utf8")) as Record<string, unknown>;
/** A Dutch message by its dotted key, at any depth (e.g. passwords.forgot.noMail). */
const message = (key: string) => {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nl);
  if (typeof text !== "string") throw new Error(`No Dutch message ${key}`);
  return text;
};
const REFUSALS = [message("errors.FORBIDDEN"), message("errors.NOT_FOUND")];

let db: PrismaClient;
let fixtures: Awaited<ReturnType<typeof demoFixtures>>;
let outsiderSlug: string;
const callers = new Map<Subject, HttpCaller>();
const actionIds = actionIdsOfBuild();

test.beforeAll(async () => {
  db = appDatabase();
  fixtures = await demoFixtures(db);
  const outsider = await createOutsider(db, OUTSIDER_PASSWORD);
  outsiderSlug = outsider.slug;
  const emails: [Subject, string][] = [
    ["BEHEERDER", DEMO.beheerder],
    ["GRIFFIER", DEMO.griffier],
    ["FACILITATOR", DEMO.facilitator],
    ["RAADSLID", DEMO.raadslid1],
    ["OTHER_FACILITATOR", DEMO.rivierdal.griffier],
  ];
  for (const [subject, email] of emails) callers.set(subject, await new HttpCaller(subject).signIn(email));
  const outsiderCaller = await new HttpCaller("OUTSIDER").signIn(outsider.email, OUTSIDER_PASSWORD);
  callers.set("OUTSIDER", outsiderCaller);
  callers.set("OUTSIDER_OWN", outsiderCaller);
  callers.set("SIGNED_OUT", new HttpCaller("SIGNED_OUT"));
  // The guest joins the guest session through the public join action. Over plain HTTP the action's
  // response carries no Set-Cookie (a browser gets it: tests/e2e/guests.spec.ts checks the cookie), so
  // the caller holds the cookie the app signs for that guest row, with the run's own secret.
  const guest = new HttpCaller("GUEST");
  const guestSession = await fixtures.guestSession();
  const join = await guest.callAction(actionIds.get("lib/guests/actions.ts#joinAsGuestAction")!, [{ status: "idle" }, { form: { code: guestSession.joinCode, group: "Inwoners", nickname: "" } }]);
  expect(join.redirect, "the guest joined").toMatch(/^\/gast\//);
  const joined = await db.guest.findFirstOrThrow({ where: { sessionId: guestSession.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  const { secret } = JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { secret: string };
  guest.setCookie("beraad-gast", signGuestToken({ guestId: joined.id, sessionId: guestSession.id, expiresAt: Date.now() + 3600_000 }, secret));
  // The same caller joins one herhaling open to guests with its own code, and holds that herhaling's cookie too.
  const guestRepeat = await fixtures.guestRepeat();
  const repeatJoin = await guest.callAction(actionIds.get("lib/guests/actions.ts#joinAsGuestAction")!, [{ status: "idle" }, { form: { code: guestRepeat.joinCode, group: "Inwoners", nickname: "" } }]);
  expect(repeatJoin.redirect, "the guest joined the herhaling").toMatch(new RegExp(`^/gast/herhaling/${guestRepeat.repeatId}(;|$)`));
  const repeatGuest = await db.guest.findFirstOrThrow({ where: { worksheetId: guestRepeat.repeatId }, orderBy: { createdAt: "desc" }, select: { id: true } });
  guest.setCookie("beraad-gast-herhaling", signRepeatGuestToken({ guestId: repeatGuest.id, repeatId: guestRepeat.repeatId, expiresAt: Date.now() + 3600_000 }, secret));
  callers.set("GUEST", guest);
});

test.afterAll(async () => {
  // Its sessions (many live) are archived, so they do not crowd the worker's demo copy for the specs after it.
  if (db && fixtures) await db.councilSession.updateMany({ where: { gemeenteId: fixtures.gemeenteId, theme: "matrix", archivedAt: null }, data: { archivedAt: new Date() } });
  await db?.$disconnect();
});

const gemeenteFor = (subject: Subject) => (subject === "OUTSIDER_OWN" ? outsiderSlug : DEMO.slug);

test("every server action of the build has a row in the matrix", () => {
  const rows = new Set(ACTION_ROWS.map((r) => `${r.file}#${r.name}`));
  expect([...actionIds.keys()].filter((key) => !rows.has(key))).toEqual([]);
});

/** What a call looked like from outside: refused, or allowed (and how). */
function verdict(response: ActionResponse, row: ActionRow): { refused: boolean; detail: string } {
  if (response.status >= 500) return { refused: false, detail: `HTTP ${response.status}` };
  if (response.redirect) return response.redirect.startsWith("/inloggen") ? { refused: true, detail: "to sign-in" } : { refused: false, detail: "ok" };
  if (response.result === undefined || response.result === "$undefined") return { refused: false, detail: "ok" }; // a void action
  const result = response.result as { status?: string; message?: string };
  const refusals = [...REFUSALS, ...(row.refusedWith ?? []).map(message)];
  if (result.message && refusals.includes(result.message)) return { refused: true, detail: result.message };
  const tolerated = (row.tolerate ?? []).map(message);
  const fine = result.status === "success" || (result.message !== undefined && tolerated.includes(result.message));
  return { refused: false, detail: fine ? "ok" : `unexpected answer ${JSON.stringify(result)}` };
}

for (const [index, row] of ACTION_ROWS.entries()) {
  test(`action ${row.name} (${index + 1}/${ACTION_ROWS.length})`, async () => {
    const id = actionIds.get(`${row.file}#${row.name}`);
    expect(id, `${row.file}#${row.name} is not in the build's server-reference-manifest`).toBeTruthy();
    const outcomes: string[] = [];
    // Refused subjects first: the allowed ones write.
    const order = [...SUBJECTS].sort((a, b) => Number(row.allowed.includes(a)) - Number(row.allowed.includes(b)));
    for (const subject of order) {
      const expected = row.allowed.includes(subject) ? "allowed" : "refused";
      const args = await row.call(fixtures, gemeenteFor(subject));
      const before = expected === "refused" ? await countAllRows(db) : null;
      const response = await callers.get(subject)!.callAction(id!, args);
      const { refused, detail } = verdict(response, row);
      const got = refused ? "refused" : detail === "ok" ? "allowed" : detail;
      if (got !== expected) outcomes.push(`${subject}: expected ${expected}, got ${got}${refused ? ` (${detail})` : ""}`);
      if (before) expect(await countAllRows(db), `${subject} was refused but something was written`).toEqual(before);
    }
    expect(outcomes).toEqual([]);
  });
}

test("every route, for every subject", async () => {
  test.setTimeout(120_000);
  const session = await fixtures.session("LIVE");
  const [ownCardId, membershipId, guestSession, repeat, guestRepeat, otherGuestRepeat] = await Promise.all([
    fixtures.ownCard(),
    fixtures.member(),
    fixtures.guestSession(),
    fixtures.repeat(),
    fixtures.guestRepeat(),
    fixtures.openGuestRepeat(),
  ]);
  const outcomes: string[] = [];
  for (const row of ROUTE_ROWS) {
    for (const subject of SUBJECTS) {
      const path = row.path({ gemeente: gemeenteFor(subject), sessionId: session.id, ownCardId, membershipId, guestSessionId: guestSession.id, repeat: { sessionId: repeat.id, repeatId: repeat.repeatId },
        guestRepeatId: guestRepeat.repeatId,
        otherGuestRepeatId: otherGuestRepeat.repeatId,
      });
      const abort = new AbortController();
      const response = await callers.get(subject)!.fetch(path, { signal: abort.signal });
      const location = response.headers.get("location") ?? "";
      const refused = [401, 403, 404].includes(response.status) || (response.status >= 300 && response.status < 400 && new URL(location, "http://x").pathname === "/inloggen");
      const allowed = response.status === 200 || (response.status >= 300 && response.status < 400 && !refused);
      if (row.stream) abort.abort();
      else await response.arrayBuffer();
      const expected = row.allowed.includes(subject) ? "allowed" : "refused";
      const got = allowed ? "allowed" : refused ? "refused" : `HTTP ${response.status}`;
      if (got !== expected) outcomes.push(`${path} as ${subject}: expected ${expected}, got ${got}`);
    }
  }
  expect(outcomes).toEqual([]);
});
