import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RsvpForm } from "@/components/invitations/rsvp-form";
import { answerRsvpAction } from "@/lib/invitations/actions";
import { viewRsvp } from "@/lib/invitations/rsvp";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessionInvitations"))("attendance") };
}

const FROM_LINK = { komt: "KOMT", "komt-niet": "KOMT_NIET", misschien: "MISSCHIEN" } as const;

/** The RSVP link from the invitation mail: answer komt / komt niet / misschien without signing in. */
async function RsvpPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ antwoord?: string }> }) {
  const [{ token }, { antwoord }] = await Promise.all([params, searchParams]);
  const invitation = await viewRsvp(token);
  const t = await getTranslations("sessionInvitations");
  if (!invitation) {
    return (
      <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t("rsvp.invalidTitle")}</h1>
        <p>{t("rsvp.invalid")}</p>
      </div>
    );
  }
  const chosen = (antwoord && FROM_LINK[antwoord as keyof typeof FROM_LINK]) || invitation.answer;
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-line bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("rsvp.title", { title: invitation.title })}</h1>
      <p>{t("rsvp.when", { start: invitation.startsAt, location: invitation.location || invitation.gemeenteName })}</p>
      <p className="text-sm text-muted">{t("rsvp.for", { name: invitation.name })}</p>
      {invitation.answer && <p>{t("rsvp.current", { answer: t(`answers.${invitation.answer}`) })}</p>}
      <RsvpForm token={token} chosen={chosen} action={answerRsvpAction} />
      <p className="text-sm text-muted">{t("rsvp.whyNoSignIn")}</p>
    </div>
  );
}

export default withClientMessages("(auth)/aanwezigheid/[token]/page", RsvpPage);
