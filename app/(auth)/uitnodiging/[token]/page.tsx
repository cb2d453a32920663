import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { acceptInvitationAction } from "@/lib/members/actions";
import { viewInvitation } from "@/lib/members/accept-invitation";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("pageTitle") };
}

async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await viewInvitation(token);
  const t = await getTranslations();
  return (
    <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
      {invitation ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">{t("invitation.title", { gemeente: invitation.gemeenteName })}</h1>
          <p className="mb-6 text-muted">
            {t("invitation.intro", { role: t(`roles.${invitation.role}`).toLowerCase(), email: invitation.email })}
          </p>
          <AcceptInvitationForm token={token} accountExists={invitation.accountExists} action={acceptInvitationAction} />
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">{t("invitation.invalidTitle")}</h1>
          <p>{t("invitation.invalid")}</p>
        </>
      )}
    </div>
  );
}

export default withClientMessages("(auth)/uitnodiging/[token]/page", InvitationPage);
