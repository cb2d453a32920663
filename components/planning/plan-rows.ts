import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PlanRow } from "@/lib/planning/timeline";
import type { PlanTableLabels, PlanTableRow } from "./plan-table";

/** The plan's rows with their texts in the reader's language, for PlanTable (read or edit). */
export async function planTableRows(rows: PlanRow[], stepTitle: (n: number) => string, stepHref: (n: number) => string): Promise<{ rows: PlanTableRow[]; labels: PlanTableLabels }> {
  const [t, ts, format] = await Promise.all([getTranslations("planning"), getTranslations("preparation.status"), getFormatter()]);
  const when = (r: PlanRow) => {
    if (r.deadline === null) return t("noDeadline");
    if (r.late) return t("late", { days: -(r.daysLeft ?? 0) });
    if (r.status === "KLAAR" || r.status === "NVT") return t("done");
    return t("daysLeft", { days: r.daysLeft ?? 0 });
  };
  return {
    labels: { caption: t("tableCaption"), step: t("step"), owner: t("owner"), deadline: t("deadline"), status: t("status"), onTime: t("onTime") },
    rows: rows.map((r) => ({
      number: r.number,
      title: stepTitle(r.number),
      href: stepHref(r.number),
      ownerId: r.ownerId,
      ownerText: r.ownerName ?? t("noOwner"),
      deadline: r.deadline,
      deadlineText: r.deadline ? format.dateTime(new Date(`${r.deadline}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : "—",
      statusText: ts(r.status),
      whenText: when(r),
      late: r.late,
    })),
  };
}
