import { getTranslations } from "next-intl/server";
import { StepStatusBadge } from "@/components/preparation/step-status-badge";
import type { ReportModel } from "@/lib/report/report-model";

/** The ten steps with their status, as the review page and the report (verslag) list them. */
export async function StepsStatusList({ steps }: { steps: ReportModel["progress"]["steps"] }) {
  const t = await getTranslations("preparation");
  return (
    <ol className="divide-y divide-line">
      {steps.map((s) => (
        <li key={s.number} className="flex items-center justify-between gap-3 py-2">
          <span>
            {s.number}. {t(`${s.messageKey}.title` as "steps.proces.title")}
          </span>
          <StepStatusBadge status={s.status} />
        </li>
      ))}
    </ol>
  );
}
