import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { SessionLinkList } from "@/components/dashboard/session-link-list";
import { RaadslidTasksCard, SharedReportsCard } from "@/components/tasks/raadslid-tasks";
import { Card } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/permissions";
import { requireActor, requireUser } from "@/lib/auth/session";
import { SESSION_STATUSES } from "@/lib/council-sessions/lifecycle";
import { EVALUATION_HORIZON_DAYS, loadFacilitatorDashboard, loadPreparerDashboard, loadRaadslidDashboard } from "@/lib/dashboard/dashboard";
import { todayInAmsterdam } from "@/lib/dates";
import { stepByNumber } from "@/lib/preparation/steps";
import { dashboardFor } from "@/lib/auth/policy";
import { loadRaadslidTasks, sharedReports } from "@/lib/tasks/tasks";
import { withClientMessages } from "@/components/i18n/client-messages";

/** The landing page after sign-in: what this role in this gemeente should see first. */
async function DashboardPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const user = await requireUser();
  const actor = await requireActor(gemeente);
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">{t("home.welcome", { name: user.name ?? user.email })}</h1>
          <p className="mt-2 text-muted">
            {t("home.intro", { gemeente: actor.gemeenteName, role: t(`roles.${actor.role}`).toLowerCase() })} {t(`home.tasks.${actor.role}`)}
          </p>
        </div>
        <QuickLinks actor={actor} />
      </div>
      {dashboardFor(actor.role) === "raadslid" ? (
        <RaadslidDashboard actor={actor} />
      ) : dashboardFor(actor.role) === "facilitator" ? (
        <FacilitatorDashboard actor={actor} userId={user.id} />
      ) : (
        <PreparerDashboard actor={actor} />
      )}
    </div>
  );
}

async function QuickLinks({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const base = `/${actor.gemeenteSlug}`;
  const links = [
    { href: `${base}/sessies/nieuw`, label: t("sessions.new"), show: can(actor.role, "sessions.prepare"), primary: true },
    { href: "/meedoen", label: t("live.joinTitle"), show: can(actor.role, "worksheets.answer"), primary: true },
    { href: `${base}/leden`, label: t("home.manageMembers"), show: can(actor.role, "members.manage"), primary: false },
  ].filter((l) => l.show);
  if (links.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-4">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          className={l.primary ? "inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover" : "inline-flex min-h-11 items-center text-accent underline"}
        >
          {l.label}
        </Link>
      ))}
    </div>
  );
}

async function PreparerDashboard({ actor }: { actor: Actor }) {
  const [t, ts, format, data] = await Promise.all([getTranslations("dashboard"), getTranslations("preparation.sessionStatus"), getFormatter(), loadPreparerDashboard(actor, todayInAmsterdam())]);
  const base = `/${actor.gemeenteSlug}/sessies`;
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  const moments = (list: typeof data.upcomingEvaluations, overdue: boolean) =>
    list.map((m) => ({
      id: `${m.session.id}-${m.id}`,
      href: `${base}/${m.session.id}/stappen/${stepByNumber(9)!.slug}`,
      title: m.subject || m.session.title,
      extra: (
        <p className={`text-sm ${overdue ? "font-medium text-danger" : "text-muted"}`}>
          {date(m.date)} · {m.session.title}
        </p>
      ),
    }));
  return (
    <>
      <Card id="per-status" title={t("sessionsByStatus")}>
        {data.sessions.length === 0 ? (
          <p className="text-muted">{t("noSessions")}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
            {SESSION_STATUSES.map((status) => {
              const sessions = data.sessions.filter((s) => s.status === status);
              if (sessions.length === 0) return null;
              return (
                <div key={status}>
                  <h3 className="font-semibold">
                    {ts(status)} <span className="font-normal text-muted">({sessions.length})</span>
                  </h3>
                  <ul className="mt-2 flex flex-col gap-3">
                    {sessions.map((s) => (
                      <li key={s.id}>
                        <Link href={`${base}/${s.id}`} className="font-medium text-accent underline">
                          {s.title}
                        </Link>
                        <p className="text-sm text-muted">{format.dateTime(s.startsAt, { dateStyle: "long", timeStyle: "short" })}</p>
                        <div className="mt-1 flex items-center gap-2">
                          <progress
                            className="h-2 w-32 accent-accent"
                            max={s.stepsTotal}
                            value={s.stepsDone}
                            aria-label={t("progressLabel", { title: s.title })}
                          />
                          <span className="text-sm">{t("progress", { done: s.stepsDone, total: s.stepsTotal })}</span>
                        </div>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        )}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="evaluaties" title={t("evaluations")}>
          <h3 className="font-semibold">{t("overdueEvaluations")}</h3>
          <SessionLinkList items={moments(data.overdueEvaluations, true)} empty={t("noOverdueEvaluations")} />
          <h3 className="mt-4 font-semibold">{t("upcomingEvaluations", { days: EVALUATION_HORIZON_DAYS })}</h3>
          <SessionLinkList items={moments(data.upcomingEvaluations, false)} empty={t("noUpcomingEvaluations", { days: EVALUATION_HORIZON_DAYS })} />
        </Card>
        <Card id="terugblik" title={t("awaitingReview")}>
          <SessionLinkList
            items={data.awaitingReview.map((s) => ({ id: s.id, href: `${base}/${s.id}/terugblik`, title: t("writeReview", { title: s.title }), startsAt: s.startsAt }))}
            empty={t("noneAwaitingReview")}
          />
        </Card>
      </div>
      <CommitmentsCard actor={actor} items={data.commitments} />
    </>
  );
}

async function RaadslidDashboard({ actor }: { actor: Actor }) {
  const today = todayInAmsterdam();
  const [t, data, tasks, reports] = await Promise.all([
    getTranslations("dashboard"),
    loadRaadslidDashboard(actor, today),
    getLocale().then((locale) => loadRaadslidTasks(actor, today, locale)),
    sharedReports(actor),
  ]);
  const base = `/${actor.gemeenteSlug}/sessies`;
  return (
    <>
      <RaadslidTasksCard gemeente={actor.gemeenteSlug} sessions={tasks} />
      {/* The worksheets and herhalingen waiting for this raadslid are tasks above: one place, with their state. */}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="uitslagen" title={t("releasedResults")}>
          <SessionLinkList
            items={data.releasedResults.map((s) => ({ id: s.id, href: `${base}/${s.id}/werkblad/uitslag`, title: t("viewResults", { title: s.title }), startsAt: s.startsAt }))}
            empty={t("noReleasedResults")}
          />
        </Card>
        <Card id="mijn-sessies" title={t("mySessions")}>
          <SessionLinkList
            items={data.sessions.map((s) => ({
              id: s.id,
              href: `${base}/${s.id}`,
              title: s.title,
              startsAt: s.startsAt,
              status: s.status,
              extra: s.preparing ? <p className="text-sm">{t("preparing", { done: s.stepsDone })}</p> : undefined,
            }))}
            empty={(await getTranslations("sessions"))("noneInvited")}
          />
        </Card>
      </div>
      <SharedReportsCard gemeente={actor.gemeenteSlug} reports={reports} />
      <CommitmentsCard actor={actor} items={data.commitments} />
    </>
  );
}

async function FacilitatorDashboard({ actor, userId }: { actor: Actor; userId: string }) {
  const [t, data] = await Promise.all([getTranslations("dashboard"), loadFacilitatorDashboard(userId)]);
  // Name the gemeente only when the lists reach beyond the current one.
  const several = [...data.sessions, ...data.reviewsToWrite].some((s) => s.gemeente.slug !== actor.gemeenteSlug);
  const item = (s: (typeof data.sessions)[number], suffix = "") => ({
    id: s.id,
    href: `/${s.gemeente.slug}/sessies/${s.id}${suffix}`,
    title: s.title,
    startsAt: s.startsAt,
    status: s.status,
    extra: several ? <p className="text-sm text-muted">{t("inGemeente", { gemeente: s.gemeente.name })}</p> : undefined,
  });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card id="begeleid" title={t("facilitatedSessions")}>
        <SessionLinkList items={data.sessions.map((s) => item(s))} empty={t("noFacilitatedSessions")} />
      </Card>
      <Card id="terugblikken" title={t("reviewsToWrite")}>
        <SessionLinkList items={data.reviewsToWrite.map((s) => item(s, "/terugblik"))} empty={t("noReviewsToWrite")} />
      </Card>
    </div>
  );
}

async function CommitmentsCard({ actor, items }: { actor: Actor; items: Awaited<ReturnType<typeof loadPreparerDashboard>>["commitments"] }) {
  const t = await getTranslations("commitments");
  return (
    <Card id="open-toezeggingen" title={t("openTitle")}>
      {items.length === 0 ? <p className="text-muted">{t("openNone")}</p> : <CommitmentList items={items} sessionHref={(id) => `/${actor.gemeenteSlug}/sessies/${id}`} />}
      <nav aria-label={t("register.downloads")} className="mt-2 flex flex-wrap gap-x-4">
        <a href={`/${actor.gemeenteSlug}/toezeggingen.csv`} className="inline-flex min-h-11 items-center text-accent underline">
          {t("register.gemeenteCsv")}
        </a>
        <a href={`/${actor.gemeenteSlug}/toezeggingen.pdf`} className="inline-flex min-h-11 items-center text-accent underline">
          {t("register.gemeentePdf")}
        </a>
      </nav>
    </Card>
  );
}

export default withClientMessages("(app)/[gemeente]/page", DashboardPage);
