import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentStatus } from "@/lib/commitments/status";
import type { FormState } from "@/lib/forms/state";
import { CommitmentDoneButton } from "./commitment-done-button";

type Item = {
  id: string;
  who: string;
  what: string;
  toWhom: string;
  dueDate: string;
  status: CommitmentStatus;
  madeOn?: string | null;
  madeAt?: string;
  settlement?: string;
  events?: { id: string; state: "OPEN" | "AFGEDAAN"; note: string; actorName: string; createdAt: Date }[];
  session?: { id: string; title: string };
};

const badge: Record<CommitmentStatus, string> = {
  OPEN: "border-accent text-accent bg-accent-soft",
  OVERDUE: "border-danger text-danger bg-danger-soft",
  DONE: "border-ok text-ok bg-ok-soft",
};

/** Commitments with their status; overdue ones stand out. */
export async function CommitmentList({ items, sessionHref, toggle }: {
  items: Item[];
  sessionHref?: (id: string) => string;
  toggle?: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations("commitments");
  const format = await getFormatter();
  return (
    <ul className="divide-y divide-line">
      {items.map((c) => {
        const line = c.toWhom ? t("line", { who: c.who, toWhom: c.toWhom, what: c.what }) : t("lineNoRecipient", { who: c.who, what: c.what });
        return (
          <li key={c.id} className={`flex flex-col gap-1 py-3 ${c.status === "OVERDUE" ? "border-l-4 border-danger pl-3" : ""}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p>{line}</p>
              <span className={`shrink-0 rounded-full border px-3 py-0.5 text-sm font-medium ${badge[c.status]}`}>{t(`status.${c.status}`)}</span>
            </div>
            {(c.madeOn || c.madeAt) && (
              <p className="text-sm text-muted">
                {c.madeOn ? t("madeLine", { date: format.dateTime(new Date(`${c.madeOn}T12:00:00Z`), { dateStyle: "long" }), meeting: c.madeAt || "none" }) : c.madeAt}
              </p>
            )}
            {c.status === "DONE" && c.settlement && <p className="text-sm">{t("settledHow", { how: c.settlement })}</p>}
            <p className="text-sm text-muted">
              {t("due", { date: format.dateTime(new Date(`${c.dueDate}T12:00:00Z`), { dateStyle: "long" }) })}
              {c.session && sessionHref && (
                <>
                  {" · "}
                  <Link href={sessionHref(c.session.id)} className="text-accent underline">
                    {c.session.title}
                  </Link>
                </>
              )}
            </p>
            {c.events && c.events.length > 1 && (
              <details className="text-sm">
                <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                  {t("history")}
                  <span className="sr-only">: {line}</span>
                </summary>
                <ol className="flex flex-col gap-1">
                  {c.events.map((event, i) => (
                    <li key={event.id}>
                      {t("eventLine", {
                        date: format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                        state: t(`event.${event.state === "OPEN" && i > 0 ? "REOPENED" : event.state}`),
                        by: event.actorName || "none",
                      })}
                      {event.note && <span className="text-muted"> — {event.note}</span>}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {toggle && <CommitmentDoneButton commitmentId={c.id} done={c.status === "DONE"} label={line} action={toggle} />}
          </li>
        );
      })}
    </ul>
  );
}
