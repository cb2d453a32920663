import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CardSource } from "@/components/library/card-source";
import { CardTags } from "@/components/library/card-tags";
import { FilterForm } from "@/components/ui/filter-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { LIBRARY_AUDIENCES } from "@/lib/library/audiences";
import { listLibraryCards } from "@/lib/library/library";
import { STEPS } from "@/lib/preparation/steps";
import { libraryFilterSchema } from "@/lib/validation/library";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("title") };
}

export default async function LibraryPage({ params, searchParams }: { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { gemeente } = await params;
  const filter = libraryFilterSchema.parse(await searchParams);
  const actor = await requireActor(gemeente, "library.view");
  const locale = await getLocale();
  const [t, tp, cards] = await Promise.all([
    getTranslations("library"),
    getTranslations("preparation"),
    listLibraryCards(actor, locale, { audience: filter.rol, step: filter.stap }),
  ]);
  const base = `/${gemeente}/bibliotheek`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
        </div>
        {can(actor.role, "library.manage") && (
          <Link href={`${base}/nieuw`} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover">
            {t("newCard")}
          </Link>
        )}
      </div>
      <FilterForm
        action={base}
        submitLabel={t("apply")}
        selects={[
          {
            name: "rol",
            label: t("filterAudience"),
            allLabel: t("allAudiences"),
            value: filter.rol,
            options: LIBRARY_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) })),
          },
          {
            name: "stap",
            label: t("filterStep"),
            allLabel: t("allSteps"),
            value: filter.stap?.toString(),
            options: STEPS.map((s) => ({ value: String(s.number), label: `${s.number}. ${tp(`${s.messageKey}.title`)}` })),
          },
        ]}
      />
      <p aria-live="polite" className="font-medium">
        {t("count", { count: cards.length })}
      </p>
      {cards.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("title")}>
          {cards.map((card) => (
            <li key={card.id} className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`${base}/${card.id}`} className="text-accent underline">
                  {card.title}
                </Link>
              </h2>
              {card.own && <p className="text-sm font-medium text-ok">{t("own", { gemeente: actor.gemeenteName })}</p>}
              <p>{card.summary}</p>
              <CardTags card={card} />
              <CardSource source={card.source} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
