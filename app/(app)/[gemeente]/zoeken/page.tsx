import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { search, searchQuery, type SearchHit } from "@/lib/search/search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

function hitHref(gemeente: string, hit: SearchHit): string {
  const session = `/${gemeente}/sessies/${hit.sessionId}`;
  switch (hit.kind) {
    case "card":
      return `/${gemeente}/bibliotheek/${hit.id}`;
    case "case":
    case "value":
      return `${session}/waarden`;
    case "commitment":
      return `${session}#toezeggingen`;
    default:
      return session;
  }
}

export default async function SearchPage({ params, searchParams }: { params: Promise<{ gemeente: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { gemeente } = await params;
  const query = searchQuery((await searchParams).q);
  const actor = await requireActor(gemeente, "sessions.view");
  const [t, hits] = await Promise.all([getTranslations("search"), search(actor, query)]);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-semibold">{query ? t("resultsFor", { query }) : t("title")}</h1>
      <p className="text-muted">{t("hint", { gemeente: actor.gemeenteName })}</p>
      {query.length < 2 ? (
        <p>{t("tooShort")}</p>
      ) : (
        <>
          <p className="font-medium" role="status">
            {t("count", { count: hits.length })}
          </p>
          {hits.length > 0 && (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="p-4">
                <p className="text-sm font-medium text-muted">{t(`kind.${hit.kind}`)}</p>
                <Link href={hitHref(gemeente, hit)} className="font-medium text-accent underline">
                  {hit.title}
                </Link>
                {hit.detail && <p className="text-sm text-muted">{hit.detail}</p>}
              </li>
            ))}
          </ul>
          )}
        </>
      )}
    </div>
  );
}
