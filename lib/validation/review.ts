import { versionSchema } from "@/lib/validation/version";
import { z } from "@/lib/validation/zod";

const text = z.string().trim().max(5000, "Hoogstens 5000 tekens.").default("");

export const reviewSchema = z.object({
  sessionId: z.string().min(1),
  version: versionSchema,
  stoodOut: text,
  agreements: text,
  nextSteps: text,
});
