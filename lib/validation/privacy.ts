import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { MINIMUM_GROUP_SIZE } from "@/lib/privacy/minimum-group-size";
import { RETENTION_MONTHS } from "@/lib/privacy/retention-core";

/** Erasure asks for an explicit confirmation, checked on the server too. */
export const erasePersonSchema = z.object({
  membershipId: z.string().min(1, msg("members.unknownMember")),
  confirm: z.literal("ja", { error: msg("privacy.confirmErase") }),
});

const wholeMonths = msg("privacy.wholeMonths", RETENTION_MONTHS);

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
        .min(RETENTION_MONTHS.min, msg("privacy.monthsMin"))
        .max(RETENTION_MONTHS.max, msg("privacy.monthsMax"))
        .nullable(),
    ),
});

export const runRetentionSchema = z.object({});

const groupSize = msg("privacy.groupSize", MINIMUM_GROUP_SIZE);

/** The minimum group size for anonymous results: never below 3 (with 2, each could subtract their own answer). */
export const minimumGroupSizeSchema = z.object({
  k: z.coerce
    .number({ error: groupSize })
    .int(groupSize)
    .min(MINIMUM_GROUP_SIZE.min, msg("privacy.groupSizeMin"))
    .max(MINIMUM_GROUP_SIZE.max, groupSize),
});
