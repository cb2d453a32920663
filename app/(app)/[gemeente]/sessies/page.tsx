import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/council-sessions/status-badge";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { reachesOwnSessionsOnly } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("title") };
}

export default async function SessionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ gemeente: string }>;
  searchParams: Promise<{ archief?: string }>;
}) {
  const { gemeente } = await params;
  const archived = (await searchParams).archief === "1";
  const actor = await requireActor(gemeente, "sessions.view");
  const [sessions, t, ti, tt, format] = await Promise.all([
    listCouncilSessions(actor, { archived }),
    getTranslations("sessions"),
    getTranslations("exchange"),
    getTranslations("templates"),
    getFormatter(),
  ]);
  const base = `/${gemeente}/sessies`;
  const emptyText = archived ? t("noneArchived") : reachesOwnSessionsOnly(actor.role) ? t("noneInvited") : t("none");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-muted">{t("intro", { gemeente: actor.gemeenteName })}</p>
        </div>
        {can(actor.role, "sessions.prepare") && (
          <div className="flex flex-wrap items-center gap-4">
            <Link href={`${base}/importeren`} className="inline-flex min-h-11 items-center text-accent underline">
              {ti("link")}
            </Link>
            <Link href={`${base}/nieuw`} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover">
              {t("new")}
            </Link>
          </div>
        )}
      </div>
      <nav aria-label={t("title")}>
        <ul className="flex gap-2">
          <li>
            <Link href={base} aria-current={!archived ? "page" : undefined} className={`inline-block min-h-11 px-3 py-2 ${!archived ? "border-b-4 border-accent font-semibold" : "text-accent underline"}`}>
              {t("current")}
            </Link>
          </li>
          <li>
            <Link href={`${base}?archief=1`} aria-current={archived ? "page" : undefined} className={`inline-block min-h-11 px-3 py-2 ${archived ? "border-b-4 border-accent font-semibold" : "text-accent underline"}`}>
              {t("archive")}
            </Link>
          </li>
        </ul>
      </nav>
      {sessions.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{emptyText}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-col gap-2 rounded-lg border border-line bg-white p-5">
              <div className="flex items-start justify-between gap-3">
                <h2 className="text-lg font-semibold">
                  <Link href={`${base}/${s.id}`} className="text-accent underline">
                    {s.title}
                  </Link>
                </h2>
                <StatusBadge status={s.status} />
              </div>
              <p className="text-sm text-muted">
                {s.theme} · {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                {s.location && ` · ${s.location}`}
              </p>
              {s.copiedFrom && <p className="text-sm text-muted">{tt("copyOf", { title: s.copiedFrom })}</p>}
              <Progress done={s.stepsDone} label={t("stepsDone", { done: s.stepsDone })} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Progress({ done, label }: { done: number; label: string }) {
  return (
    <div className="flex items-center gap-3">
      <progress max={10} value={done} aria-label={label} className="h-2 flex-1 accent-accent" />
      <span className="text-sm">{label}</span>
    </div>
  );
}
