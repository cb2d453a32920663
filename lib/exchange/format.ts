import { msg } from "@/lib/validation/message";
import { risUrlSchema } from "@/lib/validation/ris";
import { z } from "@/lib/validation/zod";
import { SHAREABLE_PARTS } from "@/lib/council-sessions/sharing";
import { STEP_SCHEMAS } from "@/lib/preparation/schemas";
import { STEP_NUMBERS, STEP_STATUSES } from "@/lib/preparation/steps";
import { AGENDA_PHASES } from "@/lib/validation/agenda";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";

/**
 * The JSON exchange format of one council session ("beraad-sessie", version 1).
 * Documented in docs/session-format.md. It carries no database ids and no
 * worksheet answers (those are personal data; the CSV export has them): people
 * are referred to by e-mail address, values by name. Every object is strict,
 * so a tampered file with unknown fields is refused rather than half read.
 */
export const FORMAT = "beraad-sessie";
export const FORMAT_VERSION = 1;

const short = (max = 200) => z.string().max(max, msg("field.maxChars"));
const long = (max = 5000) => z.string().max(max, msg("field.maxChars"));
const isoDate = z.iso.date({ error: msg("exchange.date") });

/**
 * Who carries a step (added later in version 1): a person by e-mail (an export names
 * the owner it had), or a role (a template: "the griffier", "the facilitator"),
 * resolved on import within the importing gemeente; unresolved → left empty with a notice.
 */
export const stepOwnerRef = z.union([z.strictObject({ email: z.email(msg("exchange.email")) }), z.strictObject({ role: z.enum(["GRIFFIER", "FACILITATOR"]) })]);
export type StepOwnerRef = z.infer<typeof stepOwnerRef>;

const stepEntry = z
  .strictObject({
    number: z.number().int().refine((n) => (STEP_NUMBERS as readonly number[]).includes(n), msg("exchange.stepNumber")),
    status: z.enum(STEP_STATUSES, { error: msg("sessions.unknownStatus") }),
    nvtReason: short(500),
    data: z.unknown(),
    // Added later in version 1: the planning of the step.
    deadline: isoDate.nullable().default(null),
    owner: stepOwnerRef.nullable().default(null),
    // Added later in version 1: a guiding prompt for the step (templates).
    prompt: long(1000).default(""),
  })
  .superRefine((step, ctx) => {
    const schema = STEP_SCHEMAS[step.number as keyof typeof STEP_SCHEMAS];
    if (!schema) return;
    const parsed = schema.safeParse(step.data);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ["data", ...issue.path] }); // with its bounds, for the message
  })
  // What is stored is the step's parsed data, not the file's: unknown keys (any size, any value) stay out.
  .transform((step) => ({ ...step, data: STEP_SCHEMAS[step.number as keyof typeof STEP_SCHEMAS].parse(step.data) as unknown }));

const rungCounts = z.strictObject(Object.fromEntries(RUNGS.map((r) => [r, z.number().int().min(0)])) as Record<Rung, z.ZodNumber>);
/** Counts of a group, or null when fewer than the minimum group size answered ("te weinig antwoorden"). */
const figures = z.strictObject({ desired: rungCounts.nullable(), now: rungCounts.nullable() });
const worksheetResultsEntry = z.strictObject({
  minimumGroupSize: z.number().int().min(1),
  respondents: z.number().int().min(0),
  actors: z
    .array(z.strictObject({ key: short(64).min(1), council: figures, guestGroups: z.array(z.strictObject({ group: short().min(1) }).extend(figures.shape)).max(50) }))
    .max(50),
});

export const sessionFileSchema = z
  .strictObject({
    format: z.literal(FORMAT, { error: msg("exchange.format", { format: FORMAT }) }),
    version: z.literal(FORMAT_VERSION, { error: msg("exchange.version", { version: FORMAT_VERSION }) }),
    exportedAt: z.iso.datetime({ error: msg("exchange.exportedAt") }),
    session: z.strictObject({
      title: short().min(3, msg("exchange.titleTooShort")),
      theme: short(100).min(2, msg("exchange.themeMissing")),
      startsAt: z.iso.datetime({ error: msg("exchange.startsAt") }),
      // Added later in version 1.
      endsAt: z.iso.datetime({ error: msg("exchange.startsAt") }).nullable().default(null),
      location: short(),
      description: long(4000),
      status: z.enum(["CONCEPT", "VOORBEREID", "LIVE", "AFGEROND", "GEEVALUEERD"], { error: msg("sessions.unknownStatus") }),
      sharedParts: z.array(z.enum(SHAREABLE_PARTS)).max(SHAREABLE_PARTS.length),
      // Added later in version 1: the groups a guest picks from (absent: the app's default groups).
      guestGroups: z.array(short(60).min(1)).min(1).max(20).optional(),
      // Added later in version 1: the link to the raadsinformatiesysteem (absent: none).
      risUrl: risUrlSchema,
      review: z.strictObject({ stoodOut: long(), agreements: long(), nextSteps: long() }),
    }),
    people: z.strictObject({
      facilitators: z.array(z.email(msg("exchange.email"))).max(50),
      invitees: z.array(z.email(msg("exchange.email"))).max(200),
      // Added later in version 1: the preparation group (raadsleden among the invitees).
      preparers: z.array(z.email(msg("exchange.email"))).max(200).default([]),
    }),
    steps: z
      .array(stepEntry)
      .length(10, msg("exchange.tenSteps"))
      .refine((steps) => new Set(steps.map((s) => s.number)).size === 10, msg("exchange.stepOnce")),
    agenda: z
      .array(
        z.strictObject({
          title: short().min(1, msg("exchange.titleMissing")),
          // Files written before the council's vocabulary was adopted say MENINGVORMING: read as OORDEELSVORMING.
          phase: z.preprocess((value) => (value === "MENINGVORMING" ? "OORDEELSVORMING" : value), z.enum(AGENDA_PHASES)),
          workMethod: short(),
          goal: long(1000),
          durationMinutes: z.number().int().min(1).max(600),
          // Added later in version 1 (absent: no link).
          risUrl: risUrlSchema,
        }),
      )
      .max(100),
    worksheet: z
      .strictObject({
        question: long(2000),
        anonymous: z.boolean(),
        state: z.enum(["CONCEPT", "OPEN", "GESLOTEN"]),
        resultsReleased: z.boolean(),
        actors: z.array(z.strictObject({ key: short(64).min(1), name: short().min(1) })).max(50),
        // Added later in version 1: the results as counts (never an answer, a name or an id), read but not imported.
        results: worksheetResultsEntry.optional(),
        // Added later in version 1: each herhaling at an evaluation moment of step 9 with its results
        // as counts (lib/worksheets/repeats.ts), read but not imported.
        repeats: z
          .array(
            z.strictObject({
              evaluationMomentId: short(200).min(1),
              state: z.enum(["CONCEPT", "OPEN", "GESLOTEN"]),
              resultsReleased: z.boolean(),
              results: worksheetResultsEntry,
            }),
          )
          .max(100)
          .optional(),
      })
      .nullable(),
    cases: z
      .array(
        z.strictObject({
          description: long(2000).min(1),
          source: short(300),
          values: z.array(short(60).min(1)).max(20),
          // Added later in version 1: two of the case's values set against each other.
          tensions: z.array(z.strictObject({ a: short(60).min(1), b: short(60).min(1), note: long(500) })).max(50).default([]),
        }),
      )
      .max(500),
    valueLinks: z
      .array(
        z.strictObject({
          value: short(60).min(1),
          indicator: long(500),
          evaluationMomentId: short(64).nullable(),
          // Added later in version 1: optional, so earlier files still read.
          baseline: short().default(""),
          target: short().default(""),
          indicatorSource: short().default(""),
          programmeName: short().default(""),
          programmeUrl: long(500).default(""),
          verdicts: z
            .array(z.strictObject({ evaluationMomentId: short(64).min(1), verdict: z.enum(["OP_KOERS", "BIJSTUREN", "NIET_TE_BEOORDELEN"]), evidence: long(2000) }))
            .max(50)
            .default([]),
        }),
      )
      .max(200),
    commitments: z
      .array(
        z.strictObject({
          who: short().min(1),
          what: long(1000).min(1),
          toWhom: short(),
          dueDate: isoDate,
          done: z.boolean(),
          madeOn: isoDate.nullable().default(null),
          madeAt: short().default(""),
          settlement: long(1000).default(""),
          // Added later in version 1: every settlement and reopening, oldest first.
          history: z
            .array(z.strictObject({ state: z.enum(["OPEN", "AFGEDAAN"]), note: long(1000), by: short(), at: z.iso.datetime({ error: msg("exchange.exportedAt") }) }))
            .max(100)
            .default([]),
        }),
      )
      .max(500),
    // Added later in version 1: the library cards attached, a shipped card by its key, an own card by its title.
    cards: z
      .array(z.strictObject({ key: short(100).nullable(), title: short().min(1), note: long(1000) }))
      .max(100)
      .default([]),
    // Added later in version 1: each fractie's ranking of the session's values, by names.
    rankings: z
      .array(z.strictObject({ fractie: short(80).min(1), value: short(60).min(1), rank: z.number().int().min(1).max(50) }))
      .max(1000)
      .default([]),
  })
  .superRefine((file, ctx) => {
    const named = new Set([...file.cases.flatMap((c) => c.values), ...file.valueLinks.map((l) => l.value)]);
    const places = new Set<string>();
    file.rankings.forEach((r, i) => {
      if (!named.has(r.value)) ctx.addIssue({ code: "custom", path: ["rankings", i, "value"], message: msg("exchange.rankedValue") });
      if (places.has(`${r.fractie}|${r.rank}`)) ctx.addIssue({ code: "custom", path: ["rankings", i, "rank"], message: msg("values.rankTaken", { rank: r.rank }) });
      places.add(`${r.fractie}|${r.rank}`);
    });
    file.cases.forEach((c, i) =>
      c.tensions.forEach((t, j) => {
        if (!c.values.includes(t.a) || !c.values.includes(t.b) || t.a === t.b) ctx.addIssue({ code: "custom", path: ["cases", i, "tensions", j], message: msg("exchange.tensionValues") });
      }),
    );
    // Step data was checked on its own, but its issues do not stop this check: read it defensively.
    const listed = (file.steps.find((s) => s.number === 9)?.data as { evaluationMoments?: unknown } | undefined)?.evaluationMoments;
    const moments = new Set(Array.isArray(listed) ? listed.map((m) => (m as { id?: unknown } | null)?.id) : []);
    file.valueLinks.forEach((link, i) => {
      if (link.evaluationMomentId && !moments.has(link.evaluationMomentId)) {
        ctx.addIssue({ code: "custom", path: ["valueLinks", i, "evaluationMomentId"], message: msg("exchange.unknownMoment") });
      }
      link.verdicts.forEach((verdict, j) => {
        if (!moments.has(verdict.evaluationMomentId)) {
          ctx.addIssue({ code: "custom", path: ["valueLinks", i, "verdicts", j, "evaluationMomentId"], message: msg("exchange.unknownMoment") });
        }
      });
    });
  });

export type SessionFile = z.infer<typeof sessionFileSchema>;
