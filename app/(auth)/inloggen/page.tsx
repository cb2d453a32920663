import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getSessionUser } from "@/lib/auth/session";
import { asLocationPath } from "@/lib/security/url-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ email?: string; terug?: string }> }) {
  const { email, terug } = await searchParams;
  const returnTo = safeReturnPath(terug);
  if (await getSessionUser()) redirect(asLocationPath(returnTo));
  const t = await getTranslations("signIn");
  return (
    <div className="rounded-lg border border-line bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-muted">{t("intro")}</p>
      <SignInForm defaultEmail={email} returnTo={returnTo} />
    </div>
  );
}
