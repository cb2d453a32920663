import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

/**
 * "Niet gevonden" for a signed-in member: rendered inside the gemeente's layout,
 * so the header, navigation and search stay. (Someone who is not a member of
 * the gemeente gets the public page from app/not-found.tsx: the layout itself
 * refuses them.)
 */
export default async function GemeenteNotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-8">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFound")}</p>
      <Link href="/" className="text-accent underline">
        {t("toHome")}
      </Link>
    </div>
  );
}
