import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/password-forms";
import { resetPasswordAction } from "@/lib/passwords/actions";
import { isResetUsable } from "@/lib/passwords/reset";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwords.reset"))("title") };
}

async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwords.reset");
  const usable = token.length <= 200 && (await isResetUsable(token));
  return (
    <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
      {usable ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
          <p className="mb-6 text-muted">{t("intro")}</p>
          <ResetPasswordForm token={token} action={resetPasswordAction} />
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">{t("invalidTitle")}</h1>
          <p className="mb-4">{t("invalid")}</p>
          <Link href="/wachtwoord-vergeten" className="text-accent underline">
            {t("again")}
          </Link>
        </>
      )}
    </div>
  );
}

export default withClientMessages("(auth)/wachtwoord-herstellen/[token]/page", ResetPasswordPage);
