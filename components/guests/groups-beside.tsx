import { getFormatter, getTranslations } from "next-intl/server";
import type { ActorResult } from "@/lib/worksheets/results";

/**
 * Beside the council's figures for one actor: each guest group's answers (a table:
 * answers, most chosen rung, consensus) and, in plain Dutch, whether the group
 * recognises the council's choice. A group below k shows only that it is too small.
 */
export async function GroupsBeside({ result, minimumGroupSize }: { result: ActorResult; minimumGroupSize: number }) {
  if (result.guestGroups.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const rungName = (r: string) => t(`preparation.rungs.${r}.name` as "preparation.rungs.REGULEREN.name");
  const id = `gasten-${result.actorId}`;
  return (
    <div className="flex flex-col gap-2">
      <h3 id={id} className="font-semibold">
        {t("guests.results.title")}
      </h3>
      {/* Scrolls sideways on a narrow phone: focusable, so a keyboard can scroll it too. */}
      <div className="overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
        <table aria-labelledby={id} className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2">{t("guests.results.group")}</th>
              <th scope="col" className="py-1 pr-2">{t("guests.results.mostChosen")}</th>
              <th scope="col" className="py-1 pr-2">{t("guests.results.consensus")}</th>
              <th scope="col" className="py-1">{t("guests.results.recognition")}</th>
            </tr>
          </thead>
          <tbody>
            {result.guestGroups.map((g) => (
              <tr key={g.group} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-2 font-medium">
                  {g.group}
                  {g.summary && <span className="block font-normal text-muted">{t("guests.results.answers", { count: g.summary.count })}</span>}
                </th>
                {g.summary ? (
                  <>
                    <td className="py-1 pr-2">{g.summary.mostChosen.map(rungName).join(", ")}</td>
                    <td className="py-1 pr-2">
                      {g.summary.consensus === null ? "–" : format.number(g.summary.consensus, { maximumFractionDigits: 2 })} ({t(`worksheet.results.readings.${g.summary.reading}`)})
                    </td>
                    <td className="py-1">
                      {g.recognition
                        ? t(`guests.results.readings.${g.recognition.reading}`, { same: format.number(g.recognition.sameRung, { style: "percent", maximumFractionDigits: 0 }) })
                        : t("guests.results.noCouncil")}
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="py-1 text-muted">
                    {t("worksheet.results.tooFew", { k: minimumGroupSize })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
