import fs from "node:fs";
import { DEMO, expect, test } from "./demo";
import type { PrismaClient } from "../../lib/db/client";
import { form, IDLE } from "../support/authorization-matrix";
import { HttpCaller, actionIdsOfBuild, type ActionResponse } from "./http-client";
import { appDatabase, countAllRows, demoFixtures } from "./matrix-fixtures";

// Malformed input over real HTTP, as a broken client or an attacker sends it: a NUL or
// a byte sequence that is no text (a lone surrogate, %ED%A0%80) in a URL, CR/LF and
// non-ASCII in a return path, and server-action arguments of the wrong type or size.
// Each gets "niet gevonden" or a Dutch message — never a server error — and nothing is written.

const nl = JSON.parse(fs.readFileSync("messages/nl.json", "utf8")) as { errors: Record<string, string> };
const NUL = "%00";
const LONE_SURROGATE = "%ED%A0%80";

let db: PrismaClient;
let fixtures: Awaited<ReturnType<typeof demoFixtures>>;
let griffier: HttpCaller;
const actionIds = actionIdsOfBuild();
const action = (key: string) => actionIds.get(key)!;

test.beforeAll(async () => {
  db = appDatabase();
  fixtures = await demoFixtures(db);
  griffier = await new HttpCaller("GRIFFIER").signIn(DEMO.griffier);
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test("a NUL or a lone surrogate in an id of a route or page is 'niet gevonden', not a server error", async () => {
  const paths = [NUL, LONE_SURROGATE].flatMap((bad) => [
    ...["werkblad.csv", "export.json", "verslag.pdf", "evaluatie.ics", "live", "programma", "werkblad/uitslag"].map((sub) => `${DEMO.path()}/sessies/${bad}/${sub}`),
    `${DEMO.path()}/sessies/${bad}`,
    `${DEMO.path()}/bibliotheek/${bad}`,
    `${DEMO.path()}/leden/${bad}/gegevens.json`,
    `/projectie/${DEMO.slug}/${bad}`,
    `/${bad}`,
  ]);
  const answers: string[] = [];
  for (const path of paths) {
    const response = await griffier.fetch(path);
    await response.arrayBuffer();
    answers.push(`${path} ${response.status}`);
  }
  expect(answers).toEqual(paths.map((path) => `${path} 404`));

  // A prefetch (which the proxy otherwise leaves alone) is no way around it.
  const prefetch = await griffier.fetch(`${DEMO.path()}/sessies/${LONE_SURROGATE}`, { headers: { "next-router-prefetch": "1", rsc: "1" } });
  expect(prefetch.status).toBe(404);
});

test("a NUL in the search query is searched without it", async () => {
  const response = await griffier.fetch(DEMO.path("/zoeken?q=jeugd%00zorg"));
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Resultaten voor ‘jeugdzorg’");
});

test("CR, LF and non-ASCII in the return path after sign-in give a working redirect, not a server error", async () => {
  for (const terug of ["/voorbeeld%0D%0ASet-Cookie:%20x=1", DEMO.path("/zoeken?q=caf%C3%A9"), "/%E2%80%AE"]) {
    const response = await griffier.fetch(`/inloggen?terug=${terug}`);
    await response.arrayBuffer();
    expect(response.status, terug).toBe(307);
    const location = response.headers.get("location") ?? "";
    expect(location, terug).toMatch(/^\/[\x21-\x7e]*$/);
    expect(response.headers.getSetCookie().join(), terug).not.toContain("x=1");
  }
  // The page a signed-in user is sent to is the one asked for, its non-ASCII intact.
  const cafe = await griffier.fetch(`/inloggen?terug=/${DEMO.slug}/zoeken?q=caf%C3%A9`);
  expect(decodeURIComponent(new URL(cafe.headers.get("location")!, "http://x").search)).toBe("?q=café");
});

/** The action's answer as a caller sees it: a server error, or its Dutch message. */
const answerOf = (response: ActionResponse) =>
  response.status >= 500 ? `HTTP ${response.status}` : ((response.result as { message?: string } | undefined)?.message ?? "no message");

test("server-action arguments of the wrong type are refused in Dutch and write nothing", async () => {
  const session = await fixtures.session();
  const agendaItem = { title: "Onderdeel", phase: "BEELDVORMING", durationMinutes: "10" };
  const cases: [string, string, unknown[], string][] = [
    ["an object as session id", "lib/agenda/actions.ts#addAgendaItemAction", [DEMO.slug, { $ne: null }, IDLE, form(agendaItem)], nl.errors.NOT_FOUND],
    ["a NUL in the session id", "lib/agenda/actions.ts#addAgendaItemAction", [DEMO.slug, `${session.id}\u0000`, IDLE, form(agendaItem)], nl.errors.NOT_FOUND],
    ["an object as session id of a case", "lib/values/actions.ts#addCaseAction", [DEMO.slug, { $ne: null }, IDLE, form({ description: "Een casus uit de wijk" })], nl.errors.NOT_FOUND],
    ["an object as card id", "lib/library/actions.ts#updateCardAction", [DEMO.slug, { $ne: null }, IDLE, form({ title: "Kaart" })], nl.errors.NOT_FOUND],
    ["an object instead of the form", "lib/agenda/actions.ts#addAgendaItemAction", [DEMO.slug, session.id, IDLE, { $ne: null }], nl.errors.invalid],
    ["an object instead of the step form", "lib/preparation/actions.ts#saveStepAction", [DEMO.slug, session.id, 4, IDLE, { $ne: null }], nl.errors.invalid],
    ["an object instead of the import form", "lib/exchange/actions.ts#importSessionAction", [DEMO.slug, IDLE, { $ne: null }], nl.errors.invalid],
  ];
  const before = await countAllRows(db);
  const answers = [];
  for (const [name, key, args] of cases) answers.push(`${name}: ${answerOf(await griffier.callAction(action(key), args))}`);
  expect(answers).toEqual(cases.map(([name, , , expected]) => `${name}: ${expected}`));
  expect(await countAllRows(db)).toEqual(before);

  // The language switch answers nothing, but it does not fail either.
  expect((await griffier.callAction(action("lib/i18n/actions.ts#setLocale"), [{ $ne: null }])).status).toBe(200);
});

test("a version number too large for the database is a Dutch message on the form, not a server error", async () => {
  const s = await fixtures.session("AFGEROND");
  const sessionFields = { sessionId: s.id, title: "Gewijzigd", theme: "matrix", date: "2027-05-02", time: "20:00" };
  for (const version of ["1e308", "99999999999", "-1", "1.5"]) {
    const calls: [string, unknown[], string][] = [
      ["lib/preparation/actions.ts#saveStepAction", [DEMO.slug, s.id, 4, IDLE, form({ _status: "BEZIG", _nvtReason: "", _version: version, question: "Welke rol?" })], "_version"],
      ["lib/council-sessions/actions.ts#updateCouncilSessionAction", [DEMO.slug, IDLE, form({ ...sessionFields, version })], "version"],
      ["lib/review/actions.ts#saveReviewAction", [DEMO.slug, IDLE, form({ sessionId: s.id, version, stoodOut: "Veel eensgezindheid." })], "version"],
    ];
    for (const [key, args, field] of calls) {
      const response = await griffier.callAction(action(key), args);
      const result = response.result as { message?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };
      expect(answerOf(response), `${key} with version ${version}`).toBe(nl.errors.invalid);
      expect(result.fieldErrors?.[field]?.join(), `${key} with version ${version}`).toMatch(/laad de pagina opnieuw/i);
      expect(result.values?.[field], "the typed input is kept").toBe(version);
    }
  }
});
