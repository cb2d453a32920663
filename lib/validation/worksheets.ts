import { RUNGS } from "@/lib/preparation/rungs";
import { z } from "@/lib/validation/zod";

const rung = z.enum(RUNGS, { error: "Kies een trede." });

export const answerSchema = z.object({
  actorId: z.string().min(1, "Onbekende actor."),
  rung,
  /** Where the role is now: optional ("" when not chosen). */
  nowRung: z.preprocess((v) => (v === "" ? undefined : v), z.enum(RUNGS, { error: "Kies een trede." }).optional()),
  motivation: z.string().trim().max(1000, "De toelichting mag hoogstens 1000 tekens hebben.").default(""),
  /** What the page promised about names when the answer was given (checked against the worksheet). */
  promise: z.enum(["anonymous", "named"], { error: "Laad de pagina opnieuw." }),
});

export const worksheetControlSchema = z.object({
  sessionId: z.string().min(1),
  command: z.enum(["open", "close", "reopen", "release", "hide", "anonymous", "named"], { error: "Onbekende handeling." }),
});

export type AnswerInput = z.infer<typeof answerSchema>;
