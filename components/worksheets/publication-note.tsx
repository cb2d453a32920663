import { getTranslations } from "next-intl/server";
import type { WorksheetResults } from "@/lib/worksheets/results";

/**
 * For anonymous results: when they are shown and why (published at closing,
 * from k answers per party on), and what is still waiting for publication.
 */
export async function PublicationNote({ results }: { results: Pick<WorksheetResults, "anonymous" | "state" | "publishedAt" | "unpublished" | "minimumGroupSize"> }) {
  if (!results.anonymous) return null;
  const t = await getTranslations("worksheet.results.publication");
  const k = results.minimumGroupSize;
  return (
    <div className="flex flex-col gap-1 rounded-md border border-line bg-accent-soft p-3 text-sm" data-testid="publication-note">
      <p>{t("rule", { k })}</p>
      {results.state === "OPEN" && <p className="font-medium">{results.publishedAt ? t("openWithEarlier") : t("open")}</p>}
      {results.state !== "OPEN" && results.unpublished > 0 && <p className="font-medium">{t("waiting", { count: results.unpublished, k })}</p>}
    </div>
  );
}
