import { Role } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation/zod";
import { email, personName } from "./auth";
import { newPasswordSchema } from "./password";

export const roleSchema = z.enum(Role, {
  error: "Kies een rol.",
});

export const inviteSchema = z.object({ email, role: roleSchema });

export const changeRoleSchema = z.object({
  membershipId: z.string().min(1, "Onbekend lid."),
  role: roleSchema,
});

export const removeMemberSchema = z.object({ membershipId: z.string().min(1, "Onbekend lid.") });

const token = z.string().min(20, "Deze uitnodigingslink is ongeldig.").max(200, "Deze uitnodigingslink is ongeldig.");

/** A new person chooses a name and password; an existing account confirms with its password. */
export const acceptInvitationSchema = z.discriminatedUnion("mode", [
  z
    .object({ mode: z.literal("new"), token, name: personName, password: newPasswordSchema, passwordRepeat: z.string() })
    .refine((v) => v.password === v.passwordRepeat, {
      path: ["passwordRepeat"],
      message: "De twee wachtwoorden zijn niet gelijk.",
    }),
  z.object({
    mode: z.literal("existing"),
    token,
    password: z.string().min(1, "Vul uw huidige wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
  }),
]);

export type InviteInput = z.infer<typeof inviteSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
