import { z } from "@/lib/validation/zod";
import { MINIMUM_GROUP_SIZE } from "@/lib/privacy/minimum-group-size";
import { RETENTION_MONTHS } from "@/lib/privacy/retention-core";

/** Erasure asks for an explicit confirmation, checked on the server too. */
export const erasePersonSchema = z.object({
  membershipId: z.string().min(1, "Onbekend lid."),
  confirm: z.literal("ja", { error: "Vink aan dat u begrijpt dat dit niet ongedaan kan worden." }),
});

const wholeMonths = `Vul een heel aantal maanden in (${RETENTION_MONTHS.min} tot ${RETENTION_MONTHS.max}), of laat het veld leeg.`;

/** Empty: keep answers. Otherwise a whole number of months. */
export const retentionSchema = z.object({
  months: z
    .string({ error: wholeMonths })
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z.coerce
        .number<string | null>({ error: wholeMonths })
        .int(wholeMonths)
        .min(RETENTION_MONTHS.min, `Minstens ${RETENTION_MONTHS.min} maand.`)
        .max(RETENTION_MONTHS.max, `Hoogstens ${RETENTION_MONTHS.max} maanden (tien jaar).`)
        .nullable(),
    ),
});

export const runRetentionSchema = z.object({});

const groupSize = `Vul een heel getal in van ${MINIMUM_GROUP_SIZE.min} tot ${MINIMUM_GROUP_SIZE.max}.`;

/** The minimum group size for anonymous results: never below 3 (with 2, each could subtract their own answer). */
export const minimumGroupSizeSchema = z.object({
  k: z.coerce
    .number({ error: groupSize })
    .int(groupSize)
    .min(MINIMUM_GROUP_SIZE.min, `Minstens ${MINIMUM_GROUP_SIZE.min}: met minder kan iemand zijn eigen antwoord aftrekken en dat van een ander lezen.`)
    .max(MINIMUM_GROUP_SIZE.max, groupSize),
});
