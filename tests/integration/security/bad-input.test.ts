import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { exportSession } from "@/lib/exchange/export-session";
import { importSession } from "@/lib/exchange/import-session";
import { parseStepData, stepStateSchema } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import { addAgendaItem, deleteAgendaItem } from "@/lib/agenda/agenda";
import { addCommitment, setCommitmentDone } from "@/lib/commitments/commitments";
import { formObject } from "@/lib/forms/state";
import { agendaItemSchema } from "@/lib/validation/agenda";
import { commitmentSchema } from "@/lib/validation/commitments";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { changeRole, removeMember } from "@/lib/members/manage-membership";
import { saveReview } from "@/lib/review/save-review";
import { mergeValues } from "@/lib/values/values";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";
import { messagesOf, problemTexts } from "@/tests/support/validation";

// Random and hostile input against every schema a server action parses with, the
// JSON session import, and the data functions with another gemeente's ids. The
// answer is always a Dutch validation message or a refusal (AppError), never a
// crash, and nothing is written (every table counted before and after).

const RUNS = 150;

/** Strings an attacker or a broken client sends. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE \"user\"; --", "\u0000", "\u202e\u200b", "../../etc/passwd", "${7*7}", "__proto__", "constructor", " ", "", "NaN", "-1", "1e309", "2027-02-30", "99:99"),
  fc.integer({ min: 300, max: 20_000 }).map((n) => "x".repeat(n)),
);
/** A FormData value: a string, a repeated name (array) or, from JSON callers, anything. */
const anyValue = fc.oneof({ weight: 5, arbitrary: hostileString }, { weight: 2, arbitrary: fc.array(hostileString, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.anything() });

/** Objects with the schema's own keys (some missing, all hostile) plus unknown ones. */
function hostileObject(keys: string[]) {
  return fc.record(Object.fromEntries([...keys, "__proto__", "extra"].map((k) => [k, anyValue])), { requiredKeys: [] });
}

const ENGLISH = /\b(invalid|expected|received|required|too (small|big)|must|characters?|string|number|undefined|object|array)\b/i;

/** A message a person can read: Dutch, not empty, not zod's English default, not an untranslated key. */
function expectDutchMessages(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.trim().length, "empty message").toBeGreaterThan(0);
    expect(message, "untranslated message key").not.toMatch(/^[a-z]\w*(\.\w+)+(\?|$)/);
    expect(message, "English or technical message").not.toMatch(ENGLISH);
  }
}

const keysOf = (schema: z.ZodType): string[] => {
  const def = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: z.ZodType; options?: z.ZodType[] } });
  if (def.shape) return Object.keys(def.shape);
  if (def.def?.in) return keysOf(def.def.in);
  if (def.def?.options) return [...new Set(def.def.options.flatMap(keysOf))];
  return [];
};

// Every schema exported from lib/validation (an action's input), found by name so a new
// one is covered without a change here, plus the step state of the step form.
const VALIDATION_MODULES = import.meta.glob<Record<string, unknown>>("../../../lib/validation/*.ts", { eager: true });
const ACTION_SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(
    Object.values(VALIDATION_MODULES).flatMap((module) =>
      Object.entries(module).filter((entry): entry is [string, z.ZodType] => entry[0].endsWith("Schema") && typeof (entry[1] as z.ZodType)?.safeParse === "function"),
    ),
  ),
  stepStateSchema,
};

async function countAllRows(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const rows = await db().$queryRawUnsafe<{ t: string; n: number }[]>(
    tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n FROM "${t.tablename}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

describe("bad input to the action schemas", () => {
  for (const [name, schema] of Object.entries(ACTION_SCHEMAS)) {
    it(`${name}: never throws; refusals are Dutch`, () => {
      const keys = keysOf(schema);
      fc.assert(
        fc.property(hostileObject(keys), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) expectDutchMessages(messagesOf(result.error));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("the ten step schemas: never throw; refusals are Dutch", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_NUMBERS), fc.oneof(fc.anything(), fc.dictionary(hostileString, anyValue)), fc.jsonValue(), (number, data, nested) => {
        for (const input of [data, { ...((typeof data === "object" && data) || {}), items: nested, explorations: nested }]) {
          const result = parseStepData(number, input);
          if (!result.success) expectDutchMessages(messagesOf(result.error));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("bad input to the data layer (real PostgreSQL)", () => {
  let griffier: Actor;
  let beheerder: Actor;
  let foreign: { sessionId: string; agendaItemId: string; commitmentId: string; membershipId: string; valueIds: string[] };
  let validFile: unknown;

  beforeAll(async () => {
    const ours = await createGemeente("Hier");
    griffier = await createMember(ours, "GRIFFIER");
    beheerder = await createMember(ours, "BEHEERDER");
    await createSession(griffier);
    const theirs = await createGemeente("Daar");
    const theirGriffier = await createMember(theirs, "GRIFFIER");
    const theirRaadslid = await createMember(theirs, "RAADSLID");
    const session = await createSession(theirGriffier);
    const item = await addAgendaItem(theirGriffier, session.id, { title: "Punt", phase: "BEELDVORMING", workMethod: "", goal: "", durationMinutes: 5 });
    const commitment = await db().commitment.create({ data: { sessionId: session.id, who: "College", what: "Brief", dueDate: new Date("2027-01-01") } });
    const values = await db().value.findMany({ where: { gemeenteId: theirs.id }, take: 2, select: { id: true } });
    const theirValues = values.length === 2 ? values : [await db().value.create({ data: { gemeenteId: theirs.id, name: "a" } }), await db().value.create({ data: { gemeenteId: theirs.id, name: "b" } })];
    foreign = {
      sessionId: session.id,
      agendaItemId: (item as { id?: string } | undefined)?.id ?? (await db().agendaItem.findFirstOrThrow({ where: { sessionId: session.id } })).id,
      commitmentId: commitment.id,
      membershipId: theirRaadslid.membershipId,
      valueIds: theirValues.map((v) => v.id),
    };
    validFile = JSON.parse(JSON.stringify(await exportSession(griffier, (await db().councilSession.findFirstOrThrow({ where: { gemeenteId: griffier.gemeenteId } })).id)));
  });

  it("another gemeente's ids are refused by every write, and nothing is written", async () => {
    const before = await countAllRows();
    const attempts: [string, () => Promise<unknown>][] = [
      ["addAgendaItem", () => addAgendaItem(griffier, foreign.sessionId, { title: "Punt", phase: "BEELDVORMING", workMethod: "", goal: "", durationMinutes: 5 })],
      ["deleteAgendaItem", () => deleteAgendaItem(griffier, foreign.sessionId, foreign.agendaItemId)],
      ["setCommitmentDone", () => setCommitmentDone({ ...griffier, role: "GRIFFIER" }, { commitmentId: foreign.commitmentId, done: true, note: "Afgedaan" })],
      ["changeSessionStatus", () => changeSessionStatus(griffier, { sessionId: foreign.sessionId, to: "VOORBEREID" })],
      ["saveReview", () => saveReview(griffier, { sessionId: foreign.sessionId, version: 1, stoodOut: "x", agreements: "", nextSteps: "" })],
      ["controlWorksheet", () => controlWorksheet(griffier, { sessionId: foreign.sessionId, command: "open" })],
      ["mergeValues", () => mergeValues(griffier, { fromId: foreign.valueIds[0], intoId: foreign.valueIds[1] })],
      ["changeRole", () => changeRole(beheerder, { membershipId: foreign.membershipId, role: "BEHEERDER" })],
      ["removeMember", () => removeMember(beheerder, { membershipId: foreign.membershipId })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(isAppError(error) ? error.code : error, name).toBe("NOT_FOUND");
    }
    expect(await countAllRows()).toEqual(before);
  });

  it("hostile form posts reach the database the way the actions send them: saved or refused, never a crash", async () => {
    const { id: sessionId } = await createSession(griffier);
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return formObject(data);
    };
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (a, b) => {
        const before = await countAllRows();
        const item = agendaItemSchema.safeParse(form({ title: a, phase: "BEELDVORMING", workMethod: b, goal: a, durationMinutes: "5" }));
        const commitment = commitmentSchema.safeParse(form({ who: a, what: `${b}${a}`, toWhom: b, dueDate: "2027-01-01" }));
        if (item.success) await addAgendaItem(griffier, sessionId, item.data).then(() => saved++);
        else expectDutchMessages(messagesOf(item.error));
        if (commitment.success) await addCommitment(griffier, sessionId, commitment.data).then(() => saved++);
        else expectDutchMessages(messagesOf(commitment.error));
        if (!item.success && !commitment.success) expect(await countAllRows()).toEqual(before);
      }),
      { numRuns: 100 },
    );
    expect(saved).toBeGreaterThan(0);
  });

  it("random and hostile JSON files are refused with Dutch problems, and nothing is written", async () => {
    const before = await countAllRows();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.jsonValue(), fc.dictionary(hostileString, anyValue)), async (input) => {
        const result = await importSession(griffier, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expectDutchMessages(problemTexts(result.problems).map((p) => p.slice(p.indexOf(": ") + 2)));
        refused++;
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBe(RUNS);
    expect(await countAllRows()).toEqual(before);
  });

  it("a valid export with one field made hostile is imported or refused in Dutch, never a crash", async () => {
    const paths = leafPaths(validFile);
    expect(paths.length).toBeGreaterThan(10);
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), anyValue, async (path, value) => {
        const file = structuredClone(validFile);
        setAt(file, path, value);
        const before = await countAllRows();
        const result = await importSession(griffier, file);
        if (result.ok) {
          imported++;
          return;
        }
        expectDutchMessages(problemTexts(result.problems).map((p) => p.slice(p.indexOf(": ") + 2)));
        expect(await countAllRows()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    // Some hostile strings are acceptable text (a title with "<script>" is just text), most are not.
    expect(imported).toBeLessThan(RUNS);
  });
});

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leafPaths(v, [...path, i]))];
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))].filter((p) => p.length > 0);
  return [path];
}

function setAt(target: unknown, path: (string | number)[], value: unknown) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
