import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(64)).max(20));
const names = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().toLowerCase().min(1).max(60)).max(20));
const checkbox = z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean());

export const caseSchema = z
  .object({
    description: z.string().trim().min(5, msg("values.caseTooShort")).max(2000, msg("values.caseTooLong")),
    source: z.string().trim().max(300, msg("values.sourceTooLong")).default(""),
    valueIds: ids,
    /** Suggestions (by name) ticked after asking for them; created when new to the gemeente. */
    suggested: names.default([]),
    newValues: z
      .string()
      .max(300, msg("values.newValuesTooLong"))
      .default("")
      .transform((s) => [...new Set(s.split(",").map((v) => v.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.string().max(60, msg("values.valueTooLong"))).max(5, msg("values.newValuesTooMany"))),
    /** The author checked that what looks like personal data is none (lib/privacy/personal-data.ts). */
    confirmNoPersonalData: checkbox.default(false),
  })
  .transform(({ suggested, ...c }) => ({ ...c, newValues: [...new Set([...c.newValues, ...suggested])] }))
  .refine((c) => c.valueIds.length + c.newValues.length > 0, { path: ["newValues"], message: msg("values.valueRequired") });

export const mergeValuesSchema = z
  .object({ fromId: z.string().min(1, msg("values.chooseDuplicate")), intoId: z.string().min(1, msg("values.chooseKept")) })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: msg("values.twoDifferent") });

const short = (max: number, tooLong: Parameters<typeof msg>[0]) => z.string().trim().max(max, msg(tooLong)).default("");

export const sessionValueSchema = z.object({
  valueId: z.string().min(1),
  indicator: short(500, "values.indicatorTooLong"),
  baseline: short(200, "values.baselineTooLong"),
  target: short(200, "values.targetTooLong"),
  indicatorSource: short(200, "values.sourceTooLong"),
  programmeName: short(200, "values.programmeTooLong"),
  programmeUrl: z
    .string()
    .trim()
    .max(500, msg("values.urlTooLong"))
    .refine((u) => u === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(u), msg("values.urlInvalid"))
    .default(""),
  evaluationMomentId: z.string().max(64).default(""),
});

export const tensionSchema = z
  .object({
    caseId: z.string().min(1).max(64),
    valueAId: z.string().min(1, msg("values.chooseFirst")).max(64),
    valueBId: z.string().min(1, msg("values.chooseSecond")).max(64),
    note: short(500, "values.noteTooLong"),
  })
  .refine((t) => t.valueAId !== t.valueBId, { path: ["valueBId"], message: msg("values.tensionTwoValues") });

export const VERDICTS = ["OP_KOERS", "BIJSTUREN", "NIET_TE_BEOORDELEN"] as const;

export const verdictSchema = z
  .object({
    valueId: z.string().min(1).max(64),
    evaluationMomentId: z.string().min(1, msg("values.chooseMoment")).max(64),
    verdict: z.enum(VERDICTS, { error: msg("values.chooseVerdict") }),
    evidence: short(2000, "values.evidenceTooLong"),
  })
  .refine((v) => v.verdict === "NIET_TE_BEOORDELEN" || v.evidence !== "", {
    path: ["evidence"],
    message: msg("values.evidenceRequired"),
  });

/** A fractie's ranking: rank.<valueId> = "1".."n" or "" (not ranked); each rank once. */
export const rankingSchema = z
  .object({ fractieId: z.string().min(1, msg("values.chooseFractie")).max(64) })
  .catchall(z.unknown())
  .transform((form, ctx) => {
    const ranks: { valueId: string; rank: number }[] = [];
    for (const [key, raw] of Object.entries(form)) {
      if (!key.startsWith("rank.") || raw === "" || raw === undefined) continue;
      const rank = Number(raw);
      if (!Number.isInteger(rank) || rank < 1 || rank > 50) {
        ctx.addIssue({ code: "custom", path: [key], message: msg("values.chooseRank") });
        continue;
      }
      ranks.push({ valueId: key.slice(5), rank });
    }
    const seen = new Set<number>();
    for (const r of ranks) {
      if (seen.has(r.rank)) ctx.addIssue({ code: "custom", path: [`rank.${r.valueId}`], message: msg("values.rankTaken", { rank: r.rank }) });
      seen.add(r.rank);
    }
    return { fractieId: form.fractieId, ranks };
  });

export type CaseInput = z.infer<typeof caseSchema>;
export type SessionValueInput = z.infer<typeof sessionValueSchema>;
export type TensionInput = z.infer<typeof tensionSchema>;
export type VerdictInput = z.infer<typeof verdictSchema>;
export type RankingInput = z.infer<typeof rankingSchema>;
