import { getTranslations } from "next-intl/server";
import type { CardView } from "@/lib/library/card-view";

/** A card's source line: title, publisher, year, and a link when the source is public. */
export async function CardSource({ source }: { source: CardView["source"] }) {
  const t = await getTranslations("library");
  const line = t("sourceLine", { title: source.title, publisher: source.publisher });
  return (
    <p className="text-sm text-muted">
      <span className="font-medium">{t("source")}:</span>{" "}
      {source.url ? (
        <a href={source.url} className="text-accent underline" rel="noopener noreferrer">
          {line}
          <span className="sr-only"> ({t("openSource", { title: source.title })})</span>
        </a>
      ) : (
        line
      )}
      {source.year !== null && <> {t("year", { year: String(source.year) })}</>}
    </p>
  );
}
