"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { appBaseUrl } from "@/lib/app-url";
import { gemeenteAction, publicAction } from "@/lib/auth/gemeente-action";
import { authSecret, env } from "@/lib/env";
import { mailConfigured } from "@/lib/mail";
import { rsvpSchema, sendInvitationsSchema } from "@/lib/validation/mail";
import { isId } from "@/lib/validation/ids";
import { parseMailbox } from "./calendar";
import { answerRsvp } from "./rsvp";
import { invitationTexts, sendSessionInvitations } from "./send-invitations";

/** The griffier mails the session's invitation (with .ics and RSVP links) to every participant. */
export const sendSessionInvitationsAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: sendInvitationsSchema },
  async ({ actor, ids: [sessionId], gemeente }) => {
    const secret = authSecret();
    const t = await getTranslations("sessionInvitations");
    const { count } = await sendSessionInvitations(actor, sessionId, {
      // Said only once the session is found in the actor's gemeente: nobody learns of another's session.
      mailReady: mailConfigured() && Boolean(secret),
      appUrl: await appBaseUrl(),
      secret: secret ?? "",
      organizer: parseMailbox(env().MAIL_FROM),
      texts: invitationTexts,
    });
    revalidatePath(`/${gemeente}/sessies/${sessionId}`);
    return { status: "success", message: t("sent", { count }) };
  },
);

/**
 * Public: the signed link from the invitation mail is the credential, for this one answer.
 * A raadslid opens it on their phone from the mail and expects one tap, not a sign-in
 * (which may be single sign-on on another device); the link can do nothing else.
 */
export const answerRsvpAction = publicAction({ schema: rsvpSchema }, async ({ input }) => {
  const { answer } = await answerRsvp(input.token, input.answer);
  const t = await getTranslations("sessionInvitations");
  return { status: "success", message: t("rsvp.saved", { answer: t(`answers.${answer}`) }) };
});
