import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlanForm, ProposeForm } from "@/components/planning/plan-form";
import { planTableRows } from "@/components/planning/plan-rows";
import { PlanTable } from "@/components/planning/plan-table";
import { TimelineChart } from "@/components/planning/timeline-chart";
import { CaseDeadlineForm } from "@/components/tasks/case-deadline-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { todayInAmsterdam } from "@/lib/dates";
import { orNotFound } from "@/lib/not-found";
import { proposeSessionPlanAction, saveSessionPlanAction } from "@/lib/planning/actions";
import { LEAD_DAYS } from "@/lib/planning/lead-times";
import { getSessionPlan } from "@/lib/planning/plan";
import { planRows } from "@/lib/planning/timeline";
import { stepByNumber } from "@/lib/preparation/steps";
import { setCaseDeadlineAction } from "@/lib/tasks/actions";
import { caseDeadlineOf } from "@/lib/tasks/tasks";
import { withClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ gemeente: string; sessieId: string }>; searchParams: Promise<{ aanpassen?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planning"))("title") };
}

async function PlanningPage({ params, searchParams }: Params) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const plan = await orNotFound(getSessionPlan(actor, sessieId), "NOT_FOUND");
  const [t, tp, ts, tt] = await Promise.all([getTranslations("planning"), getTranslations("preparation"), getTranslations("sessions"), getTranslations("tasks")]);
  const today = todayInAmsterdam();
  const rows = planRows(plan.steps, today);
  const base = `/${gemeente}/sessies/${plan.id}`;
  const stepTitle = (n: number) => tp(`${stepByNumber(n)!.messageKey}.title`);
  const stepHref = (n: number) => `${base}/stappen/${stepByNumber(n)!.slug}`;
  const late = rows.filter((r) => r.late);
  const prepare = can(actor.role, "sessions.prepare");
  const caseDeadline = prepare ? await caseDeadlineOf(actor, plan.id) : null;
  // Editing is a page state of its own (?aanpassen), reached by a visible link: no hidden disclosure to find.
  const editing = prepare && (await searchParams).aanpassen !== undefined;
  const table = await planTableRows(rows, stepTitle, stepHref);

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={ts("breadcrumb")}>
        <Link href={base} className="text-accent underline">
          {ts("backToSession")}
        </Link>
      </nav>
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{plan.title}</p>
      </div>
      {late.length > 0 ? (
        <Notice tone="error">{t("lateSummary", { count: late.length, steps: late.map((r) => r.number).join(", ") })}</Notice>
      ) : (
        <Notice tone="info">{t("nothingLate")}</Notice>
      )}
      <Card id="tijdlijn" title={t("timeline")}>
        <TimelineChart rows={rows} sessionDate={plan.sessionDate} today={today} stepTitle={stepTitle} />
      </Card>
      <Card id="overzicht" title={t("table")}>
        {editing ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-muted">{t("adjustHint")}</p>
            <PlanForm action={saveSessionPlanAction.bind(null, gemeente, plan.id)} rows={table.rows} labels={table.labels} candidates={plan.candidates} />
            <Link href={`${base}/planning#overzicht`} className="min-h-11 self-start py-2 text-accent underline">
              {t("doneAdjusting")}
            </Link>
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            {prepare && (
              <Link
                href={`${base}/planning?aanpassen#overzicht`}
                className="inline-flex min-h-11 items-center self-start rounded-md border border-accent bg-white px-4 py-2 font-medium text-accent hover:bg-accent-soft"
              >
                {t("openForm")}
              </Link>
            )}
            <PlanTable rows={table.rows} labels={table.labels} />
          </div>
        )}
      </Card>
      {prepare && (
        <Card id="aanpassen" title={t("adjust")}>
          <div>
            <ProposeForm action={proposeSessionPlanAction.bind(null, gemeente, plan.id)} />
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{t("leadTimes")}</summary>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {Object.entries(LEAD_DAYS).map(([n, days]) => (
                  <li key={n}>
                    {n}. {stepTitle(Number(n))}: {days >= 0 ? t("daysBefore", { days }) : t("daysAfter", { days: -days })}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </Card>
      )}
      {prepare && (
        <Card id="casus-deadline-kaart" title={tt("caseDeadlineTitle")}>
          <CaseDeadlineForm action={setCaseDeadlineAction.bind(null, gemeente, plan.id)} deadline={caseDeadline} />
        </Card>
      )}
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/planning/page", PlanningPage);
