import { getTranslations } from "next-intl/server";
import type { SessionStatus } from "@/lib/council-sessions/lifecycle";

const colours: Record<SessionStatus, string> = {
  CONCEPT: "bg-gray-100 text-ink border-gray-400",
  VOORBEREID: "bg-accent-soft text-accent border-accent",
  LIVE: "bg-danger-soft text-danger border-danger",
  AFGEROND: "bg-ok-soft text-ok border-ok",
  GEEVALUEERD: "bg-ok-soft text-ok border-ok",
};

export async function StatusBadge({ status }: { status: SessionStatus }) {
  const t = await getTranslations("preparation.sessionStatus");
  return <span className={`shrink-0 rounded-full border px-3 py-1 text-sm font-medium ${colours[status]}`}>{t(status)}</span>;
}
