import { getFormatter, getTranslations } from "next-intl/server";
import type { PlanRow } from "@/lib/planning/timeline";

/** The same data as the timeline, as a table: step, owner, deadline, status and whether it is late (in words). */
export async function PlanTable({ rows, stepTitle, stepHref }: { rows: PlanRow[]; stepTitle: (n: number) => string; stepHref: (n: number) => string }) {
  const [t, ts, format] = await Promise.all([getTranslations("planning"), getTranslations("preparation.status"), getFormatter()]);
  const when = (r: PlanRow) => {
    if (r.deadline === null) return t("noDeadline");
    if (r.late) return t("late", { days: -(r.daysLeft ?? 0) });
    if (r.status === "KLAAR" || r.status === "NVT") return t("done");
    return t("daysLeft", { days: r.daysLeft ?? 0 });
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-muted">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">{t("step")}</th>
            <th scope="col" className="py-2 pr-3">{t("owner")}</th>
            <th scope="col" className="py-2 pr-3">{t("deadline")}</th>
            <th scope="col" className="py-2 pr-3">{t("status")}</th>
            <th scope="col" className="py-2">{t("onTime")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.number} className={`border-b border-line ${r.late ? "bg-danger-soft" : ""}`} data-late={r.late || undefined}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={stepHref(r.number)} className="text-accent underline">
                  {r.number}. {stepTitle(r.number)}
                </a>
              </th>
              <td className="py-2 pr-3">{r.ownerName ?? <span className="text-muted">{t("noOwner")}</span>}</td>
              <td className="py-2 pr-3">{r.deadline ? format.dateTime(new Date(`${r.deadline}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : "—"}</td>
              <td className="py-2 pr-3">{ts(r.status)}</td>
              <td className={`py-2 ${r.late ? "font-semibold text-danger" : ""}`}>
                {r.late && <span aria-hidden="true">⚠ </span>}
                {when(r)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
