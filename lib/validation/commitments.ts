import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const optionalDate = z.union([z.literal(""), z.iso.date({ error: msg("field.date") })]).default("");

export const commitmentSchema = z
  .object({
    who: z.string().trim().min(2, msg("commitments.whoRequired")).max(200, msg("field.maxChars")),
    what: z.string().trim().min(3, msg("commitments.whatRequired")).max(1000, msg("field.maxChars")),
    toWhom: z.string().trim().max(200, msg("field.maxChars")).default(""),
    dueDate: z.iso.date({ error: msg("field.date") }),
    /** When and where it was made: the meeting (e.g. "commissie Samenleving"). */
    madeOn: optionalDate,
    madeAt: z.string().trim().max(200, msg("field.maxChars")).default(""),
  })
  .refine((c) => c.madeOn === "" || c.madeOn <= c.dueDate, { path: ["dueDate"], message: msg("commitments.dueBeforeMade") });

/** Settling (afgedaan, with how) or reopening (with why) a commitment. */
export const commitmentDoneSchema = z
  .object({
    commitmentId: z.string().min(1),
    done: z.enum(["true", "false"]).transform((v) => v === "true"),
    note: z.string().trim().max(1000, msg("field.maxChars")).default(""),
  })
  .refine((c) => !c.done || c.note !== "", { path: ["note"], message: msg("commitments.settlementRequired") });

export type CommitmentInput = z.infer<typeof commitmentSchema>;
