import { STEP_NUMBERS, type StepNumber } from "@/lib/preparation/steps";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const deadline = z.union([z.literal(""), z.iso.date({ error: msg("planning.deadline") })]).default("");
const owner = z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, msg("planning.owner"))]).default("");

/**
 * The planning form: per step `deadline-<n>` ("YYYY-MM-DD" or empty) and
 * `owner-<n>` (a membership id or empty for nobody).
 */
export const planSchema = z
  .object(Object.fromEntries(STEP_NUMBERS.flatMap((n) => [[`deadline-${n}`, deadline], [`owner-${n}`, owner]])) as Record<string, typeof deadline | typeof owner>)
  .transform((form) =>
    STEP_NUMBERS.map((number) => ({ number, deadline: form[`deadline-${number}`] || null, ownerId: form[`owner-${number}`] || null })),
  );

export type StepPlanInput = { number: StepNumber; deadline: string | null; ownerId: string | null };
