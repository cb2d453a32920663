import { getTranslations } from "next-intl/server";
import { StepStatusBadge } from "@/components/preparation/step-status-badge";
import type { StepProgress } from "@/lib/preparation/progress";

/** The ten steps with their status, as the review page and the report (verslag) list them. */
export async function StepsStatusList({ steps }: { steps: StepProgress[] }) {
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
