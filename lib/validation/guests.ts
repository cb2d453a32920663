import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";

export const GUEST_GROUP_MAX = 60;
export const GUEST_CAP = { min: 1, max: 2000, default: 500 } as const;

/** What a guest sends to join: the code, a group of the session's list, optionally a nickname. Nothing else. */
export const guestJoinSchema = z.object({
  code: z.string({ error: msg("guests.codeRequired") }).trim().min(1, msg("guests.codeRequired")).max(20, msg("guests.codeUnknown")),
  group: z.string({ error: msg("guests.chooseGroup") }).trim().min(1, msg("guests.chooseGroup")).max(GUEST_GROUP_MAX, msg("guests.chooseGroup")),
  nickname: z.string().trim().max(40, msg("guests.nicknameTooLong")).default(""),
});

/** The griffier's or facilitator's guest settings of a session: on/off, the groups (one per line), the cap. */
export const guestSettingsSchema = z.object({
  allowed: z.enum(["on"]).optional().transform((v) => v === "on"),
  groups: z
    .string()
    .default("")
    .transform((text) => [...new Set(text.split("\n").map((g) => g.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(GUEST_GROUP_MAX, msg("guests.groupTooLong")))
        .min(1, msg("guests.groupsRequired"))
        .max(12, msg("guests.groupsTooMany")),
    ),
  cap: z.coerce
    .number({ error: msg("guests.capRequired") })
    .int(msg("guests.capWhole"))
    .min(GUEST_CAP.min, msg("guests.capMin"))
    .max(GUEST_CAP.max, msg("guests.capMax")),
});

/** Griffier or facilitator: guests answer a herhaling too, or no longer. */
export const repeatGuestsSchema = z.object({
  allowed: z.enum(["on", "off"], { error: msg("guests.unknownChoice") }).transform((v) => v === "on"),
});

export type GuestJoinInput = z.infer<typeof guestJoinSchema>;
export type GuestSettingsInput = z.infer<typeof guestSettingsSchema>;

export const GUEST_CASE = { descriptionMin: 10, descriptionMax: 1000, valueMax: 60, valuesMax: 8 } as const;

/**
 * A casus a guest brings: what happened, and the values at stake — ticked from
 * the session's values (`values`, a checkbox group) and/or typed (`otherValues`,
 * separated by commas). No name, no contact details: nothing personal is asked.
 */
export const guestCaseSchema = z
  .object({
    description: z
      .string({ error: msg("guests.caseRequired") })
      .trim()
      .min(GUEST_CASE.descriptionMin, msg("guests.caseTooShort", { min: GUEST_CASE.descriptionMin }))
      .max(GUEST_CASE.descriptionMax, msg("guests.caseTooLong", { max: GUEST_CASE.descriptionMax })),
    values: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    otherValues: z.string().default(""),
  })
  .transform(({ description, values, otherValues }) => ({
    description,
    values: [...new Set([...values, ...otherValues.split(",")].map((v) => v.trim()).filter(Boolean))],
  }))
  .pipe(
    z.object({
      description: z.string(),
      values: z
        .array(z.string().max(GUEST_CASE.valueMax, msg("guests.caseValueTooLong", { max: GUEST_CASE.valueMax })))
        .max(GUEST_CASE.valuesMax, msg("guests.caseTooManyValues", { max: GUEST_CASE.valuesMax })),
    }),
  );

export type GuestCaseInput = z.infer<typeof guestCaseSchema>;

/** The facilitator's or griffier's decision on a guest's casus. */
export const guestCaseReviewSchema = z.object({ decision: z.enum(["APPROVED", "REJECTED"], { error: msg("guests.caseDecision") }) });
