import { Role } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validation/message";
import { z } from "@/lib/validation/zod";
import { email, newPasswordSchema, personName } from "./auth";

export const roleSchema = z.enum(Role, {
  error: msg("members.chooseRole"),
});

export const inviteSchema = z.object({ email, role: roleSchema });

export const changeRoleSchema = z.object({
  membershipId: z.string().min(1, msg("members.unknownMember")),
  role: roleSchema,
});

export const removeMemberSchema = z.object({ membershipId: z.string().min(1, msg("members.unknownMember")) });

const token = z.string().min(20, msg("members.invitationInvalid")).max(200, msg("members.invitationInvalid"));

/** A new person chooses a name and password; an existing account confirms with its password. */
export const acceptInvitationSchema = z.discriminatedUnion("mode", [
  z
    .object({ mode: z.literal("new"), token, name: personName, password: newPasswordSchema, passwordRepeat: z.string() })
    .refine((v) => v.password === v.passwordRepeat, {
      path: ["passwordRepeat"],
      message: msg("members.passwordsDiffer"),
    }),
  z.object({
    mode: z.literal("existing"),
    token,
    password: z.string().min(1, msg("members.currentPasswordRequired")).max(200, msg("auth.passwordTooLong")),
  }),
]);

export type InviteInput = z.infer<typeof inviteSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
