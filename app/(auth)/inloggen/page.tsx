import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { Notice } from "@/components/ui/notice";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getSessionUser } from "@/lib/auth/session";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso";
import { ssoSettings } from "@/lib/env";
import { asLocationPath } from "@/lib/security/url-text";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

/** Errors next-auth sends back here (?error=) after a single sign-on attempt; anything else reads as the default. */
const SSO_ERRORS = ["SsoUnknown", "SsoUnverified", "SsoConflict", "AccessDenied"];

async function SignInPage({ searchParams }: { searchParams: Promise<{ email?: string; terug?: string; error?: string }> }) {
  const { email, terug, error } = await searchParams;
  const returnTo = safeReturnPath(terug);
  if (await getSessionUser()) redirect(asLocationPath(returnTo));
  const t = await getTranslations("signIn");
  const sso = ssoSettings();
  return (
    <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("intro")}</p>
      {typeof error === "string" && (
        <div className="mb-4">
          <Notice tone="error">{SSO_ERRORS.includes(error) ? t(`ssoErrors.${error}`) : t("ssoErrors.default", { name: sso?.displayName ?? "SSO" })}</Notice>
        </div>
      )}
      {sso && (
        <div className="mb-6 flex flex-col gap-3 border-b border-line pb-6">
          <SsoButton providerId={SSO_PROVIDER_ID} name={sso.displayName} returnTo={returnTo} />
          <p className="text-sm text-muted">{t("orPassword")}</p>
        </div>
      )}
      <SignInForm defaultEmail={email} returnTo={returnTo} />
      <p className="mt-4">
        <Link href="/wachtwoord-vergeten" className="text-accent underline">
          {t("forgot")}
        </Link>
      </p>
    </div>
  );
}

export default withClientMessages("(auth)/inloggen/page", SignInPage);
