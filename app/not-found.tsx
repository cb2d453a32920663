import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
        <h1 className="mb-4 text-2xl font-semibold">{t("notFoundTitle")}</h1>
        <p className="mb-6">{t("notFound")}</p>
        <Link href="/" className="text-accent underline">
          {t("toHome")}
        </Link>
      </MainContent>
      <SiteFooter />
    </div>
  );
}
