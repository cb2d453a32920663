import { z } from "@/lib/validation/zod";

export const GUEST_GROUP_MAX = 60;
export const GUEST_CAP = { min: 1, max: 2000, default: 500 } as const;

/** What a guest sends to join: the code, a group of the session's list, optionally a nickname. Nothing else. */
export const guestJoinSchema = z.object({
  code: z.string({ error: "Vul de code in." }).trim().min(1, "Vul de code in.").max(20, "Deze code bestaat niet."),
  group: z.string({ error: "Kies de groep waar u bij hoort." }).trim().min(1, "Kies de groep waar u bij hoort.").max(GUEST_GROUP_MAX, "Kies de groep waar u bij hoort."),
  nickname: z.string().trim().max(40, "Een bijnaam mag hoogstens 40 tekens hebben.").default(""),
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
        .array(z.string().max(GUEST_GROUP_MAX, `Een groepsnaam mag hoogstens ${GUEST_GROUP_MAX} tekens hebben.`))
        .min(1, "Noem ten minste één groep.")
        .max(12, "Hoogstens 12 groepen."),
    ),
  cap: z.coerce
    .number({ error: "Vul een aantal in." })
    .int("Vul een heel getal in.")
    .min(GUEST_CAP.min, `Minstens ${GUEST_CAP.min}.`)
    .max(GUEST_CAP.max, `Hoogstens ${GUEST_CAP.max}.`),
});

export type GuestJoinInput = z.infer<typeof guestJoinSchema>;
export type GuestSettingsInput = z.infer<typeof guestSettingsSchema>;
