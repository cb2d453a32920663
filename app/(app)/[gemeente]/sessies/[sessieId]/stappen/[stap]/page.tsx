import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StepForm } from "@/components/preparation/step-form";
import { StepStatusBadge } from "@/components/preparation/step-status-badge";
import { WarningList } from "@/components/preparation/warning-list";
import { WorksheetControls } from "@/components/worksheets/worksheet-controls";
import { valuesByEvaluationMoment } from "@/lib/values/values";
import { controlWorksheetAction } from "@/lib/worksheets/actions";
import type { Actor } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { stepSessionOrNotFound } from "@/lib/council-sessions/page-data";
import { canEditStepsOf, canSeeStepsOf } from "@/lib/auth/policy";
import { preparerIdsOf } from "@/lib/council-sessions/get-session";
import { todayInAmsterdam } from "@/lib/dates";
import { saveStepAction } from "@/lib/preparation/actions";
import { checkSession } from "@/lib/preparation/checks";
import { STEP_FORMS } from "@/lib/preparation/form-spec";
import { stepFormMessages } from "@/lib/preparation/form-messages";
import { toCheckInput } from "@/lib/preparation/load";
import { stepByNumber, stepBySlug } from "@/lib/preparation/steps";
import { Card } from "@/components/ui/card";
import { withClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ gemeente: string; sessieId: string; stap: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const step = stepBySlug((await params).stap);
  if (!step) return {};
  return { title: (await getTranslations("preparation"))(`${step.messageKey}.title`) };
}

async function StepPage({ params }: Params) {
  const { gemeente, sessieId, stap } = await params;
  const step = stepBySlug(stap);
  if (!step) notFound();
  const actor = await requireActor(gemeente, "sessions.view");
  const session = await stepSessionOrNotFound(actor, sessieId);
  // By role, or as a raadslid of this session's preparation group.
  if (!canSeeStepsOf(actor, preparerIdsOf(session))) notFound();
  const stored = session.steps.find((s) => s.number === step.number);
  if (!stored) notFound();
  // The pseudo-participation check uses the council's actual choice once there are answers, as on the session page
  // (read with the session, for those who run it).
  const [t, ts] = await Promise.all([getTranslations("preparation"), getTranslations("steps")]);
  const input = toCheckInput(session.steps, todayInAmsterdam(), session.runner?.councilRung ?? null, session.guestsAllowed);
  const warnings = checkSession(input).filter((w) => w.step === step.number);
  const base = `/${gemeente}/sessies/${session.id}`;
  const previous = stepByNumber(step.number - 1);
  const next = stepByNumber(step.number + 1);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label={ts("stepOf", { number: step.number })}>
        <Link href={base} className="text-accent underline">
          {session.title}
        </Link>
      </nav>
      <div>
        <p className="text-sm font-medium text-muted">{ts("stepOf", { number: step.number })}</p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold">{t(`${step.messageKey}.title`)}</h1>
          <StepStatusBadge status={stored.status} />
        </div>
        <p className="mt-1 text-lg text-muted">{t(`${step.messageKey}.subtitle`)}</p>
      </div>

      <details className="rounded-lg border border-accent bg-accent-soft p-4" open={stored.status === "OPEN"}>
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-accent">{t("common.guidanceHeading")}</summary>
        <p className="mt-2">{t(`${step.messageKey}.guidance`)}</p>
        <p className="mt-2 text-sm text-muted">{t(`${step.messageKey}.source`)}</p>
      </details>

      {stored.prompt && (
        <aside aria-labelledby="sjabloonvraag" className="rounded-lg border border-line bg-white p-4">
          <h2 id="sjabloonvraag" className="text-sm font-semibold text-muted">
            {(await getTranslations("templates"))("prompt")}
          </h2>
          <p className="mt-1" data-testid="step-prompt">{stored.prompt}</p>
        </aside>
      )}

      {warnings.length > 0 && (
        <section aria-labelledby="aandachtspunten">
          <h2 id="aandachtspunten" className="mb-2 text-lg font-semibold">
            {ts("warningsHere")}
          </h2>
          <WarningList warnings={warnings} />
        </section>
      )}

      <div className="rounded-lg border border-line bg-white p-4 sm:p-6">
        {stored.updatedBy?.name && <p className="mb-4 text-sm text-muted">{ts("lastChange", { name: stored.updatedBy.name })}</p>}
        <StepForm
          action={saveStepAction.bind(null, gemeente, session.id, step.number)}
          specs={STEP_FORMS[step.number]}
          messageKey={step.messageKey}
          data={input.steps[step.number].data as Record<string, unknown>}
          status={stored.status}
          nvtReason={stored.nvtReason}
          version={stored.version}
          readOnly={!canEditStepsOf(actor, preparerIdsOf(session))}
          storageKey={`beraad-stap:${actor.membershipId}:${session.id}:${step.number}`}
        />
      </div>

      {step.number === 4 && session.runner && <WorksheetPanel gemeente={gemeente} sessionId={session.id} worksheet={session.runner.worksheet} />}
      {step.number === 9 && (
        <ValuesToCheck
          actor={actor}
          sessionId={session.id}
          moments={input.steps[9].data.evaluationMoments}
          valuesHref={`${base}/waarden`}
        />
      )}

      <nav className="flex justify-between gap-4" aria-label={t("overview.title")}>
        {previous ? (
          <Link href={`${base}/stappen/${previous.slug}`} className="min-h-11 py-2 text-accent underline">
            ← {ts("previous")}: {t(`${previous.messageKey}.title`)}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`${base}/stappen/${next.slug}`} className="min-h-11 py-2 text-right text-accent underline">
            {ts("next")}: {t(`${next.messageKey}.title`)} →
          </Link>
        )}
      </nav>
    </div>
  );
}

/** Step 4 is where the worksheet is set up: open, close, release and anonymity live here too. */
async function WorksheetPanel({ gemeente, sessionId, worksheet }: {
  gemeente: string;
  sessionId: string;
  worksheet: { state: "CONCEPT" | "OPEN" | "GESLOTEN"; anonymous: boolean; resultsReleased: boolean } | null;
}) {
  const t = await getTranslations("worksheet.control");
  return (
    <Card id="werkblad" title={t("title")}>
      <WorksheetControls
        sessionId={sessionId}
        state={worksheet?.state ?? "CONCEPT"}
        anonymous={worksheet?.anonymous ?? true}
        released={worksheet?.resultsReleased ?? false}
        action={controlWorksheetAction.bind(null, gemeente)}
      />
    </Card>
  );
}

/** Step 9 closes the loop of the value conversation: what the council said mattered, per moment. */
async function ValuesToCheck({ actor, sessionId, moments, valuesHref }: {
  actor: Actor;
  sessionId: string;
  moments: { id: string; date: string; subject: string }[];
  valuesHref: string;
}) {
  const [byMoment, t, format] = await Promise.all([valuesByEvaluationMoment(actor, sessionId), getTranslations("values"), getFormatter()]);
  return (
    <Card id="te-toetsen" title={t("toCheck")}>
      {byMoment.size === 0 ? (
        <p className="text-muted">{t("toCheckNone")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {moments
            .filter((m) => byMoment.has(m.id))
            .map((m) => (
              <li key={m.id}>
                <p className="font-medium">{t("momentOn", { date: format.dateTime(new Date(`${m.date}T12:00:00Z`), { dateStyle: "long" }) })}</p>
                <ul className="list-disc pl-5">
                  {byMoment.get(m.id)!.map((v) => (
                    <li key={v.value}>
                      {v.value}
                      {v.indicator && ` — ${v.indicator}`}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ul>
      )}
      <Link href={valuesHref} className="mt-2 inline-block min-h-11 py-2 text-accent underline">
        {t("open")}
      </Link>
    </Card>
  );
}

// The step form's messages are its own step's, not the whole "preparation" namespace the route lists.
export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/stappen/[stap]/page", StepPage, async ({ params }) => {
  const step = stepBySlug((await params).stap);
  return step && stepFormMessages(step.number);
});
