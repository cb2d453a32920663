import { z } from "@/lib/validation/zod";

const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(64)).max(20));
const names = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().toLowerCase().min(1).max(60)).max(20));
const checkbox = z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean());

export const caseSchema = z
  .object({
    description: z.string().trim().min(5, "Beschrijf de casus in een paar woorden (minstens 5 tekens).").max(2000, "De casus mag hoogstens 2000 tekens hebben."),
    source: z.string().trim().max(300, "De bron mag hoogstens 300 tekens hebben.").default(""),
    valueIds: ids,
    /** Suggestions (by name) ticked after asking for them; created when new to the gemeente. */
    suggested: names.default([]),
    newValues: z
      .string()
      .max(300, "Nieuwe waarden: hoogstens 300 tekens.")
      .default("")
      .transform((s) => [...new Set(s.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.string().max(60, "Een waarde mag hoogstens 60 tekens hebben.")).max(5, "Noem hoogstens 5 nieuwe waarden.")),
    /** The author checked that what looks like personal data is none (lib/privacy/personal-data.ts). */
    confirmNoPersonalData: checkbox.default(false),
  })
  .transform(({ suggested, ...c }) => ({ ...c, newValues: [...new Set([...c.newValues, ...suggested])] }))
  .refine((c) => c.valueIds.length + c.newValues.length > 0, { path: ["newValues"], message: "Noem ten minste één waarde die op het spel staat." });

export const mergeValuesSchema = z
  .object({ fromId: z.string().min(1, "Kies de dubbele waarde."), intoId: z.string().min(1, "Kies de waarde die blijft.") })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "Kies twee verschillende waarden." });

const short = (max: number, label: string) => z.string().trim().max(max, `${label} mag hoogstens ${max} tekens hebben.`).default("");

export const sessionValueSchema = z.object({
  valueId: z.string().min(1),
  indicator: short(500, "De indicator"),
  baseline: short(200, "De beginwaarde"),
  target: short(200, "Het streven"),
  indicatorSource: short(200, "De bron"),
  programmeName: short(200, "Het programma"),
  programmeUrl: z
    .string()
    .trim()
    .max(500, "Het webadres mag hoogstens 500 tekens hebben.")
    .refine((u) => u === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(u), "Vul een volledig webadres in dat begint met https://.")
    .default(""),
  evaluationMomentId: z.string().max(64).default(""),
});

export const tensionSchema = z
  .object({
    caseId: z.string().min(1).max(64),
    valueAId: z.string().min(1, "Kies de eerste waarde.").max(64),
    valueBId: z.string().min(1, "Kies de tweede waarde.").max(64),
    note: short(500, "De toelichting"),
  })
  .refine((t) => t.valueAId !== t.valueBId, { path: ["valueBId"], message: "Kies twee verschillende waarden: een spanning zit tussen twee waarden." });

export const VERDICTS = ["OP_KOERS", "BIJSTUREN", "NIET_TE_BEOORDELEN"] as const;

export const verdictSchema = z
  .object({
    valueId: z.string().min(1).max(64),
    evaluationMomentId: z.string().min(1, "Kies het evaluatiemoment.").max(64),
    verdict: z.enum(VERDICTS, { error: "Kies: op koers, bijsturen of niet te beoordelen." }),
    evidence: short(2000, "Het bewijs"),
  })
  .refine((v) => v.verdict === "NIET_TE_BEOORDELEN" || v.evidence !== "", {
    path: ["evidence"],
    message: "Schrijf op waarop het oordeel steunt, bijvoorbeeld de stand van de indicator.",
  });

/** A fractie's ranking: rank.<valueId> = "1".."n" or "" (not ranked); each rank once. */
export const rankingSchema = z
  .object({ fractieId: z.string().min(1, "Kies de fractie.").max(64) })
  .catchall(z.unknown())
  .transform((form, ctx) => {
    const ranks: { valueId: string; rank: number }[] = [];
    for (const [key, raw] of Object.entries(form)) {
      if (!key.startsWith("rank.") || raw === "" || raw === undefined) continue;
      const rank = Number(raw);
      if (!Number.isInteger(rank) || rank < 1 || rank > 50) {
        ctx.addIssue({ code: "custom", path: [key], message: "Kies een plaats in de rangorde." });
        continue;
      }
      ranks.push({ valueId: key.slice(5), rank });
    }
    const seen = new Set<number>();
    for (const r of ranks) {
      if (seen.has(r.rank)) ctx.addIssue({ code: "custom", path: [`rank.${r.valueId}`], message: `Plaats ${r.rank} is al gegeven aan een andere waarde.` });
      seen.add(r.rank);
    }
    return { fractieId: form.fractieId, ranks };
  });

export type CaseInput = z.infer<typeof caseSchema>;
export type SessionValueInput = z.infer<typeof sessionValueSchema>;
export type TensionInput = z.infer<typeof tensionSchema>;
export type VerdictInput = z.infer<typeof verdictSchema>;
export type RankingInput = z.infer<typeof rankingSchema>;
