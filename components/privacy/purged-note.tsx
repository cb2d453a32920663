import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

/** Shown with results that come from the retention snapshot instead of the answers. */
export async function PurgedNote({ purgedAt }: { purgedAt: Date | null }) {
  if (!purgedAt) return null;
  const t = await getTranslations("privacy");
  const format = await getFormatter();
  return <Notice tone="info">{t("purgedNote", { date: format.dateTime(purgedAt, { dateStyle: "long" }) })}</Notice>;
}
