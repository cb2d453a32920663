import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MainContent } from "@/components/shell/main-content";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <MainContent className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-6">{t("notFound")}</p>
      <Link href="/" className="text-accent underline">
        {t("toHome")}
      </Link>
    </MainContent>
  );
}
