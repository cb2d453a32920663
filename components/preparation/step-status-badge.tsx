import { getTranslations } from "next-intl/server";
import type { StepStatus } from "@/lib/preparation/steps";

const styles: Record<StepStatus, string> = {
  OPEN: "border-gray-400 bg-white text-ink",
  BEZIG: "border-warn bg-warn-soft text-warn",
  KLAAR: "border-ok bg-ok-soft text-ok",
  NVT: "border-gray-400 bg-gray-100 text-muted",
};

export async function StepStatusBadge({ status }: { status: StepStatus }) {
  const t = await getTranslations("preparation.status");
  return <span className={`shrink-0 rounded-full border px-3 py-0.5 text-sm font-medium ${styles[status]}`}>{t(status)}</span>;
}
