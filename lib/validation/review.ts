import { versionSchema } from "@/lib/validation/version";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const text = z.string().trim().max(5000, msg("field.maxChars")).default("");

export const reviewSchema = z.object({
  sessionId: z.string().min(1),
  version: versionSchema,
  stoodOut: text,
  agreements: text,
  nextSteps: text,
});
