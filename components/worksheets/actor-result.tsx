import { getFormatter, getTranslations } from "next-intl/server";
import { RUNGS } from "@/lib/preparation/rungs";
import type { ActorResult } from "@/lib/worksheets/results";

/**
 * Results for one actor: a bar chart drawn on the server as SVG (readable
 * without JavaScript), the same numbers as a table, the most chosen rung and the
 * consensus score in plain Dutch.
 */
export async function ActorResultView({ result, minimumGroupSize, children }: { result: ActorResult; minimumGroupSize: number; children?: React.ReactNode }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { summary } = result;
  const max = Math.max(1, ...RUNGS.map((r) => summary?.distribution[r] ?? 0));
  const rowHeight = 36;
  const labelWidth = 120;
  const barWidth = 220;
  const chartId = `grafiek-${result.actorId}`;
  const rungName = (r: string) => t(`preparation.rungs.${r}.name` as "preparation.rungs.REGULEREN.name");
  return (
    <section aria-labelledby={`${chartId}-titel`} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id={`${chartId}-titel`} className="text-xl font-semibold">
        {result.name}
      </h2>
      {summary === null ? (
        <p className="text-muted">{t("worksheet.results.tooFew", { k: minimumGroupSize })}</p>
      ) : summary.count === 0 ? (
        <p className="text-muted">{t("worksheet.results.noAnswers")}</p>
      ) : (
        <>
          <p>{t("worksheet.results.mostChosen", { rungs: summary.mostChosen.map(rungName).join(", ") })}</p>
          <p>
            {t("worksheet.results.consensus", {
              score: summary.consensus === null ? "–" : format.number(summary.consensus, { maximumFractionDigits: 2 }),
              reading: t(`worksheet.results.readings.${summary.reading}`),
            })}
          </p>
          {result.now && <p>{t("worksheet.results.now", { rungs: result.now.mostChosen.map(rungName).join(", ") })}</p>}
          {result.gap && (
            <p className="font-medium" data-testid={`gap-${result.name}`}>
              {t(`worksheet.results.gap.${result.gap.direction}`, { shift: format.number(Math.abs(result.gap.shift), { maximumFractionDigits: 1 }) })}
            </p>
          )}
          <svg
            role="img"
            aria-labelledby={`${chartId}-titel ${chartId}-beschrijving`}
            viewBox={`0 0 ${labelWidth + barWidth + 40} ${rowHeight * RUNGS.length}`}
            className="w-full max-w-md"
          >
            <desc id={`${chartId}-beschrijving`}>
              {RUNGS.map((r) => `${rungName(r)}: ${summary.distribution[r]}`).join(", ")}
            </desc>
            {RUNGS.map((r, i) => {
              const width = (summary.distribution[r] / max) * barWidth;
              const y = i * rowHeight;
              return (
                <g key={r}>
                  <text x={0} y={y + 23} fontSize="15" fill="#1a1a1a">
                    {rungName(r)}
                  </text>
                  <rect x={labelWidth} y={y + 6} width={Math.max(width, 2)} height={24} rx={3} fill={summary.mostChosen.includes(r) ? "#154273" : "#7b96b8"} />
                  <text x={labelWidth + Math.max(width, 2) + 6} y={y + 23} fontSize="15" fill="#1a1a1a">
                    {summary.distribution[r]}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="w-full max-w-md text-left">
            <caption className="mb-1 text-left text-sm text-muted">{t("worksheet.results.tableCaption", { actor: result.name })}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1">{t("worksheet.results.rung")}</th>
                <th scope="col" className="py-1 text-right">{result.now ? t("worksheet.results.desiredColumn") : t("worksheet.results.count")}</th>
                {result.now && <th scope="col" className="py-1 text-right">{t("worksheet.results.nowColumn")}</th>}
              </tr>
            </thead>
            <tbody>
              {RUNGS.map((r) => (
                <tr key={r} className="border-b border-line">
                  <th scope="row" className="py-1 font-normal">{rungName(r)}</th>
                  <td className="py-1 text-right">{summary.distribution[r]}</td>
                  {result.now && <td className="py-1 text-right">{result.now.distribution[r]}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result.named && result.named.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("worksheet.results.who")}</h3>
          <ul className="list-disc pl-5">
            {result.named.map((n, i) => (
              <li key={`${i}-${n.name}`}>
                {n.name ?? t("privacy.removedPerson")}: {rungName(n.rung)}
                {n.motivation && ` — ${n.motivation}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.motivations.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("worksheet.results.motivations")}</h3>
          <ul className="list-disc pl-5">
            {result.motivations.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </section>
  );
}
