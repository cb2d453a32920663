import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/password-forms";
import { requestPasswordResetAction } from "@/lib/passwords/actions";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwords.forgot"))("title") };
}

async function ForgotPasswordPage() {
  const t = await getTranslations("passwords.forgot");
  return (
    <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("intro")}</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p className="mt-4">
        <Link href="/inloggen" className="text-accent underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}

export default withClientMessages("(auth)/wachtwoord-vergeten/page", ForgotPasswordPage);
