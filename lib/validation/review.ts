import { z } from "@/lib/validation/zod";

const text = z.string().trim().max(5000, "Hoogstens 5000 tekens.").default("");

export const reviewSchema = z.object({
  sessionId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  stoodOut: text,
  agreements: text,
  nextSteps: text,
});
