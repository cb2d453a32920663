"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appBaseUrl } from "@/lib/app-url";
import { gemeenteAction, publicAction } from "@/lib/auth/gemeente-action";
import { mailConfigured } from "@/lib/mail";
import type { FormState } from "@/lib/forms/state";
import { currentClientAddress } from "@/lib/security/client-address";
import { acceptInvitationSchema, changeRoleSchema, inviteSchema, removeMemberSchema } from "@/lib/validation/members";
import { acceptInvitation } from "./accept-invitation";
import { inviteMember } from "./invite-member";
import { changeRole, removeMember } from "./manage-membership";

export const inviteMemberAction = gemeenteAction({ permission: "members.manage", schema: inviteSchema }, async ({ actor, input, gemeente }): Promise<FormState<{ link?: string }>> => {
  const t = await getTranslations("members");
  const base = await appBaseUrl();
  const linkFor = (token: string) => `${base}/uitnodiging/${token}`;
  // In the language the beheerder works in: the invitee's own is not known yet. The mail goes
  // through the outbox; if it cannot be delivered the beheerder sees it, with the link, on this page.
  const mail = mailConfigured()
    ? (token: string) => ({ subject: t("invitationMail.subject", { gemeente: actor.gemeenteName }), text: t("invitationMail.body", { link: linkFor(token) }), link: linkFor(token) })
    : undefined;
  const invitation = await inviteMember(actor, input, new Date(), mail);
  revalidatePath(`/${gemeente}/leden`);
  if (mail) return { status: "success", message: t("invitedMailed", { email: input.email }) };
  return { status: "success", message: t("invitedPassOn", { email: input.email }), data: { link: linkFor(invitation.token) } };
});

export const changeRoleAction = gemeenteAction({ permission: "members.manage", schema: changeRoleSchema }, async ({ actor, input, gemeente }) => {
  await changeRole(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  return { status: "success", message: (await getTranslations("members"))("roleChanged") };
});

export const removeMemberAction = gemeenteAction({ permission: "members.manage", schema: removeMemberSchema }, async ({ actor, input, gemeente }) => {
  await removeMember(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  // The member's row (and its form with any message) is gone: say it at the top of the page, as an erasure does.
  redirect(`/${gemeente}/leden?verwijderd=lid`);
});

/** Public: the invitation's single-use token is the credential. */
export const acceptInvitationAction = publicAction({ schema: acceptInvitationSchema }, async ({ input }) => {
  const { email } = await acceptInvitation(input, await currentClientAddress());
  redirect(`/inloggen?email=${encodeURIComponent(email)}`);
});
