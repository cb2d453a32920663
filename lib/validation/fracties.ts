import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

export const fractieSchema = z.object({
  name: z.string().trim().min(2, msg("fracties.nameRequired")).max(80, msg("fracties.nameTooLong")),
});

export const fractieRefSchema = z.object({ fractieId: z.string().min(1).max(64) });

export const memberFractieSchema = z.object({
  membershipId: z.string().min(1).max(64),
  /** Empty: no fractie. */
  fractieId: z.string().max(64).default(""),
});
