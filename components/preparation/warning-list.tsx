import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PreparationWarning } from "@/lib/preparation/checks";
import { stepByNumber } from "@/lib/preparation/steps";

/** Warnings in plain Dutch, each linking to the step where it can be fixed. */
export async function WarningList({ warnings, stepHref }: { warnings: PreparationWarning[]; stepHref?: (slug: string) => string }) {
  const t = await getTranslations("preparation");
  const format = await getFormatter();
  if (warnings.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2">
      {warnings.map((w, i) => {
        const params = { ...w.params };
        if (typeof params.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(params.date)) {
          params.date = format.dateTime(new Date(`${params.date}T12:00:00Z`), { dateStyle: "long" });
        }
        const step = stepByNumber(w.step)!;
        return (
          <li key={`${w.code}-${i}`} className="rounded-md border-l-4 border-warn bg-warn-soft px-4 py-3 text-warn">
            <span className="font-semibold">{t(`severity.${w.severity}`)}: </span>
            {t(`warnings.${w.code}`, params)}
            {stepHref && (
              <>
                {" "}
                <Link href={stepHref(step.slug)} className="font-medium underline">
                  {t("overview.stepNumber", { number: w.step })}: {t(`${step.messageKey}.title`)}
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
