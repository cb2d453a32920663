import { z } from "@/lib/validation/zod";
import { LIBRARY_AUDIENCES } from "@/lib/library/audiences";
import { STEP_NUMBERS } from "@/lib/preparation/steps";

const many = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** The library's filter, read from the query string; unknown values are ignored, not errors. */
export const libraryFilterSchema = z.object({
  rol: z.enum(LIBRARY_AUDIENCES).optional().catch(undefined),
  stap: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
});

export const attachCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  sessionId: z.string({ error: "Kies een sessie." }).min(1, "Kies een sessie.").max(64),
  note: z.string().trim().max(500, "De toelichting mag hoogstens 500 tekens hebben.").default(""),
});

export const detachCardSchema = z.object({ cardId: z.string().min(1).max(64), sessionId: z.string().min(1).max(64) });

export const libraryCardSchema = z.object({
  title: z.string().trim().min(3, "Geef de kaart een titel (minstens 3 tekens).").max(120, "De titel mag hoogstens 120 tekens hebben."),
  summary: z.string().trim().min(10, "Vat de kaart samen in een of twee zinnen.").max(500, "De samenvatting mag hoogstens 500 tekens hebben."),
  points: z
    .string()
    .max(4000, "De punten mogen samen hoogstens 4000 tekens hebben.")
    .transform((s) => s.split("\n").map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(300, "Een punt mag hoogstens 300 tekens hebben.")).min(1, "Noem ten minste één punt (één per regel).").max(12, "Noem hoogstens 12 punten.")),
  audiences: z.preprocess(many, z.array(z.enum(LIBRARY_AUDIENCES, { error: "Kies een bestaande functie." })).min(1, "Kies voor wie de kaart is.")),
  steps: z.preprocess(
    many,
    z
      .array(z.coerce.number().int().refine((n) => (STEP_NUMBERS as readonly number[]).includes(n), "Kies een bestaande stap."))
      .min(1, "Kies bij welke stap de kaart helpt."),
  ),
  sourceTitle: z.string().trim().min(2, "Vul de titel van de bron in.").max(300, "Hoogstens 300 tekens."),
  sourcePublisher: z.string().trim().min(2, "Vul in wie de bron uitgaf.").max(200, "Hoogstens 200 tekens."),
  sourceYear: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : Number(s)))
    .pipe(z.number({ error: "Vul een jaartal in, bijvoorbeeld 2017." }).int("Vul een jaartal in, bijvoorbeeld 2017.").min(1900, "Vul een jaartal vanaf 1900 in.").max(2100, "Vul een geldig jaartal in.").nullable()),
  sourceUrl: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(z.url({ protocol: /^https?$/, error: "Vul een volledige link in, beginnend met https://." }).max(500, "Hoogstens 500 tekens.").nullable()),
});

export const deleteCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  confirm: z.literal("yes", { error: "Vink aan dat u de kaart wilt verwijderen." }),
});

export type LibraryCardInput = z.infer<typeof libraryCardSchema>;
