import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listMyGemeenten } from "@/lib/auth/membership";
import { requireUser } from "@/lib/auth/session";
import { MainContent } from "@/components/shell/main-content";
import { PublicHeader } from "@/components/shell/public-header";
import { SiteFooter } from "@/components/shell/site-footer";

/** Start page: straight to the only gemeente, or a choice when there are several. */
export default async function StartPage() {
  const user = await requireUser();
  const gemeenten = await listMyGemeenten(user);
  if (gemeenten.length === 1) redirect(`/${gemeenten[0].gemeente.slug}`);
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <MainContent className="w-full flex-1 mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-4 text-2xl font-semibold">{t("app.chooseGemeente")}</h1>
        {gemeenten.length === 0 ? (
          <p>{t("home.noGemeente")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {gemeenten.map((m) => (
              <li key={m.gemeente.slug}>
                <Link href={`/${m.gemeente.slug}`} className="block rounded-md border border-line bg-white p-4 text-accent underline">
                  {m.gemeente.name} — {t(`roles.${m.role}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </MainContent>
      <SiteFooter />
    </div>
  );
}
