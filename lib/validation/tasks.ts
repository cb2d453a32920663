import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

/** The date by which the invited raadsleden are asked to bring a casus ("YYYY-MM-DD"), or empty for none. */
export const caseDeadlineSchema = z.object({
  caseDeadline: z.union([z.literal(""), z.iso.date({ error: msg("planning.deadline") })]).default("").transform((v) => v || null),
});

/** A raadslid marks a card they were asked to read as read (or not read after all). */
export const cardReadSchema = z.object({
  sessionId: z.string().min(1).max(64),
  cardId: z.string().min(1).max(64),
  read: z.enum(["true", "false"]).transform((v) => v === "true"),
});
