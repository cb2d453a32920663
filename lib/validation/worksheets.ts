import { RUNGS } from "@/lib/preparation/rungs";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const rung = z.enum(RUNGS, { error: msg("worksheets.chooseRung") });

export const answerSchema = z.object({
  actorId: z.string().min(1, msg("worksheets.unknownActor")),
  rung,
  /** Where the role is now: optional ("" when not chosen). */
  nowRung: z.preprocess((v) => (v === "" ? undefined : v), rung.optional()),
  motivation: z.string().trim().max(1000, msg("worksheets.motivationTooLong")).default(""),
  /** What the page promised about names when the answer was given (checked against the worksheet). */
  promise: z.enum(["anonymous", "named"], { error: msg("worksheets.reload") }),
});

export const worksheetControlSchema = z.object({
  sessionId: z.string().min(1),
  command: z.enum(["open", "close", "reopen", "release", "hide", "anonymous", "named"], { error: msg("worksheets.unknownCommand") }),
});

export type AnswerInput = z.infer<typeof answerSchema>;

/** Starting a herhaling of the session's worksheet at an evaluation moment of step 9. */
export const repeatStartSchema = z.object({
  sessionId: z.string().min(1),
  momentId: z.string().min(1, msg("worksheets.unknownMoment")),
  /** Let guests answer it too (only when the session lets guests in). */
  guests: z.enum(["on"]).optional().transform((v) => v === "on"),
});

export const repeatControlSchema = z.object({
  sessionId: z.string().min(1),
  repeatId: z.string().min(1),
  command: z.enum(["close", "reopen", "release", "hide"], { error: msg("worksheets.unknownCommand") }),
});
