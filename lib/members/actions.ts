"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appBaseUrl } from "@/lib/app-url";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { mailConfigured, sendMail } from "@/lib/mail";
import { currentClientAddress } from "@/lib/security/client-address";
import { acceptInvitationSchema, changeRoleSchema, inviteSchema, removeMemberSchema } from "@/lib/validation/members";
import { acceptInvitation } from "./accept-invitation";
import { inviteMember } from "./invite-member";
import { changeRole, removeMember } from "./manage-membership";

export async function inviteMemberAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, inviteSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    const t = await getTranslations("members");
    const invitation = await inviteMember(actor, input);
    const link = `${await appBaseUrl()}/uitnodiging/${invitation.token}`;
    revalidatePath(`/${gemeenteSlug}/leden`);
    if (mailConfigured()) {
      await sendMail(input.email, `Uitnodiging voor Beraad (${actor.gemeenteName})`, `U bent uitgenodigd voor Beraad. Open deze link om uw account te maken:\n\n${link}\n\nDe link is zeven dagen geldig.`);
      return { status: "success", message: t("invitedMailed", { email: input.email }) };
    }
    return { status: "success", message: t("invitedPassOn", { email: input.email }), data: { link } };
  });
}

export async function changeRoleAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, changeRoleSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    await changeRole(actor, input);
    revalidatePath(`/${gemeenteSlug}/leden`);
    return { status: "success", message: (await getTranslations("members"))("roleChanged") };
  });
}

export async function removeMemberAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, removeMemberSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    await removeMember(actor, input);
    revalidatePath(`/${gemeenteSlug}/leden`);
    return { status: "success", message: (await getTranslations("members"))("removed") };
  });
}

export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, acceptInvitationSchema, async (input) => {
    const { email } = await acceptInvitation(input, await currentClientAddress());
    redirect(`/inloggen?email=${encodeURIComponent(email)}`);
  });
}
