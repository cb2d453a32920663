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

export type GuestJoinInput = z.infer<typeof guestJoinSchema>;
export type GuestSettingsInput = z.infer<typeof guestSettingsSchema>;
