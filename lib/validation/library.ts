import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { LIBRARY_AUDIENCES } from "@/lib/library/audiences";
import { STEP_NUMBERS } from "@/lib/preparation/steps";

const many = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** The library's filter, read from the query string; unknown values are ignored, not errors. */
export const libraryFilterSchema = z.object({
  rol: z.enum(LIBRARY_AUDIENCES).optional().catch(undefined),
  stap: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
});

export const attachCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  sessionId: z.string({ error: msg("library.chooseSession") }).min(1, msg("library.chooseSession")).max(64),
  note: z.string().trim().max(500, msg("library.noteTooLong")).default(""),
  /** Ask the session's raadsleden to read it: a task on their dashboard. */
  forReading: z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean()).default(false),
});

export const detachCardSchema = z.object({ cardId: z.string().min(1).max(64), sessionId: z.string().min(1).max(64) });

export const libraryCardSchema = z.object({
  title: z.string().trim().min(3, msg("library.titleTooShort")).max(120, msg("library.titleTooLong")),
  summary: z.string().trim().min(10, msg("library.summaryTooShort")).max(500, msg("library.summaryTooLong")),
  points: z
    .string()
    .max(4000, msg("library.pointsTooLong"))
    .transform((s) => s.split("\n").map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(300, msg("library.pointTooLong"))).min(1, msg("library.pointsRequired")).max(12, msg("library.pointsTooMany"))),
  audiences: z.preprocess(many, z.array(z.enum(LIBRARY_AUDIENCES, { error: msg("library.chooseAudience") })).min(1, msg("library.audiencesRequired"))),
  steps: z.preprocess(
    many,
    z
      .array(z.coerce.number().int().refine((n) => (STEP_NUMBERS as readonly number[]).includes(n), msg("library.chooseStep")))
      .min(1, msg("library.stepsRequired")),
  ),
  sourceTitle: z.string().trim().min(2, msg("library.sourceTitleRequired")).max(300, msg("field.maxChars")),
  sourcePublisher: z.string().trim().min(2, msg("library.sourcePublisherRequired")).max(200, msg("field.maxChars")),
  sourceYear: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : Number(s)))
    .pipe(z.number({ error: msg("library.year") }).int(msg("library.year")).min(1900, msg("library.yearMin")).max(2100, msg("library.yearMax")).nullable()),
  sourceUrl: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(z.url({ protocol: /^https?$/, error: msg("library.url") }).max(500, msg("field.maxChars")).nullable()),
});

export const deleteCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  confirm: z.literal("yes", { error: msg("library.confirmDelete") }),
});

export type LibraryCardInput = z.infer<typeof libraryCardSchema>;
