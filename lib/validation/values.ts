import { z } from "@/lib/validation/zod";

const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(64)).max(20));

export const caseSchema = z
  .object({
    description: z.string().trim().min(5, "Beschrijf de casus in een paar woorden (minstens 5 tekens).").max(2000, "De casus mag hoogstens 2000 tekens hebben."),
    source: z.string().trim().max(300, "De bron mag hoogstens 300 tekens hebben.").default(""),
    valueIds: ids,
    newValues: z
      .string()
      .max(300, "Nieuwe waarden: hoogstens 300 tekens.")
      .default("")
      .transform((s) => [...new Set(s.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.string().max(60, "Een waarde mag hoogstens 60 tekens hebben.")).max(5, "Noem hoogstens 5 nieuwe waarden.")),
  })
  .refine((c) => c.valueIds.length + c.newValues.length > 0, { path: ["valueIds"], message: "Kies of noem ten minste één waarde die op het spel staat." });

export const mergeValuesSchema = z
  .object({ fromId: z.string().min(1, "Kies de dubbele waarde."), intoId: z.string().min(1, "Kies de waarde die blijft.") })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "Kies twee verschillende waarden." });

export const sessionValueSchema = z.object({
  valueId: z.string().min(1),
  indicator: z.string().trim().max(500, "De indicator mag hoogstens 500 tekens hebben.").default(""),
  evaluationMomentId: z.string().max(64).default(""),
});

export type CaseInput = z.infer<typeof caseSchema>;
