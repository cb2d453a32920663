import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionProgress } from "@/lib/preparation/progress";
import { stepByNumber } from "@/lib/preparation/steps";
import { StepStatusBadge } from "./step-status-badge";
import { WarningList } from "./warning-list";

/** The ten steps at a glance: progress, each step's status, what is missing, warnings, the next step. */
export async function StepsOverview({ progress, stepHref }: { progress: SessionProgress; stepHref: (slug: string) => string }) {
  const t = await getTranslations("preparation");
  const next = progress.nextStep ? stepByNumber(progress.nextStep) : null;
  const label = t("overview.progress", { done: progress.done, total: progress.total });
  return (
    <section aria-labelledby="stappen" className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="stappen" className="text-xl font-semibold">
          {t("overview.title")}
        </h2>
        <span className="font-medium">{label}</span>
      </div>
      <div className="flex gap-1" aria-hidden="true">
        {progress.steps.map((s) => (
          <span key={s.number} className={`h-3 flex-1 rounded ${s.done ? "bg-ok" : s.status === "BEZIG" ? "bg-warn" : "bg-gray-200"}`} />
        ))}
      </div>
      {next ? (
        <p>
          <Link href={stepHref(next.slug)} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover">
            {t("overview.nextStep", { title: t(`${next.messageKey}.title`) })}
          </Link>
        </p>
      ) : (
        <p className="text-ok">{t("overview.allDone")}</p>
      )}
      {progress.warnings.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">{t("overview.warningsHeading")}</h3>
          <WarningList warnings={progress.warnings} stepHref={stepHref} />
        </div>
      )}
      <ol className="divide-y divide-line">
        {progress.steps.map((s) => (
          <li key={s.number} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between">
            <div>
              <Link href={stepHref(s.slug)} className="font-medium text-accent underline">
                {s.number}. {t(`${s.messageKey}.title`)}
              </Link>
              {s.missing.length > 0 && !s.done && (
                <ul className="mt-1 list-disc pl-5 text-sm text-muted">
                  {s.missing.map((code) => (
                    <li key={code}>{t(`missing.${code}`)}</li>
                  ))}
                </ul>
              )}
            </div>
            <div className="flex items-center gap-2">
              {s.warningCount > 0 && <span className="text-sm text-warn">{t("overview.warningCount", { count: s.warningCount })}</span>}
              <StepStatusBadge status={s.status} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
