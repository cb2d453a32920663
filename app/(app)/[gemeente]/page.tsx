import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { StatusBadge } from "@/components/council-sessions/status-badge";
import { can } from "@/lib/auth/permissions";
import { requireActor, requireUser } from "@/lib/auth/session";
import { listOpenCommitments } from "@/lib/commitments/commitments";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { todayInAmsterdam } from "@/lib/dates";
import { Card } from "@/components/ui/card";

export default async function GemeenteHomePage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const user = await requireUser();
  const actor = await requireActor(gemeente);
  const [t, format, sessions, commitments] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listCouncilSessions(actor),
    listOpenCommitments(actor, todayInAmsterdam()),
  ]);
  const upcoming = sessions.slice(0, 3);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold">{t("home.welcome", { name: user.name ?? user.email })}</h1>
        <p className="mt-2 text-muted">
          {t("home.intro", { gemeente: actor.gemeenteName, role: t(`roles.${actor.role}`).toLowerCase() })}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="taken" title={t("home.whatYouCanDo")}>
          <p>{t(`home.tasks.${actor.role}`)}</p>
          {can(actor.role, "members.manage") && (
            <Link href={`/${actor.gemeenteSlug}/leden`} className="mt-4 inline-block min-h-11 py-2 text-accent underline">
              {t("home.manageMembers")}
            </Link>
          )}
          {can(actor.role, "worksheets.answer") && (
            <Link href="/meedoen" className="mt-4 block min-h-11 py-2 text-accent underline">
              {t("live.joinTitle")}
            </Link>
          )}
          {can(actor.role, "sessions.prepare") && (
            <Link href={`/${actor.gemeenteSlug}/sessies/nieuw`} className="mt-4 block min-h-11 py-2 text-accent underline">
              {t("sessions.new")}
            </Link>
          )}
        </Card>
        <Card id="komend" title={t("home.upcoming")}>
          {upcoming.length === 0 ? (
            <p className="text-muted">{actor.role === "RAADSLID" ? t("sessions.noneInvited") : t("sessions.none")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {upcoming.map((s) => (
                <li key={s.id} className="flex items-start justify-between gap-3 py-3">
                  <div>
                    <Link href={`/${actor.gemeenteSlug}/sessies/${s.id}`} className="font-medium text-accent underline">
                      {s.title}
                    </Link>
                    <p className="text-sm text-muted">{format.dateTime(s.startsAt, { dateStyle: "long", timeStyle: "short" })}</p>
                  </div>
                  <StatusBadge status={s.status} />
                </li>
              ))}
            </ul>
          )}
          <Link href={`/${actor.gemeenteSlug}/sessies`} className="mt-2 inline-block min-h-11 py-2 text-accent underline">
            {t("home.allSessions")}
          </Link>
        </Card>
      </div>
      <Card id="open-toezeggingen" title={t("commitments.openTitle")}>
        {commitments.length === 0 ? (
          <p className="text-muted">{t("commitments.openNone")}</p>
        ) : (
          <CommitmentList items={commitments} sessionHref={(id) => `/${actor.gemeenteSlug}/sessies/${id}`} />
        )}
      </Card>
    </div>
  );
}
