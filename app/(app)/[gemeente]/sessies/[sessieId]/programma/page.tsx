import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaItemControls } from "@/components/agenda/agenda-item-controls";
import { AgendaItemForm } from "@/components/agenda/agenda-item-form";
import { addAgendaItemAction, deleteAgendaItemAction, moveAgendaItemAction, updateAgendaItemAction } from "@/lib/agenda/actions";
import { totalMinutes } from "@/lib/agenda/agenda";
import { programmeClock } from "@/lib/agenda/clock";
import { toLocalDateTime } from "@/lib/dates";
import { oriBaseUrl } from "@/lib/ris/ris";
import { saveSessionRisLinkAction, searchOriAction } from "@/lib/ris/actions";
import { OriPicker } from "@/components/ris/ori-picker";
import { SessionRisForm } from "@/components/ris/session-ris-form";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { sessionOrNotFound } from "@/lib/council-sessions/page-data";
import { canSeePart } from "@/lib/auth/policy";
import { Card } from "@/components/ui/card";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("title") };
}

/** "1 uur en 40 minuten", "55 minuten", "2 uur": a duration as a raadslid says it. */
function durationInWords(t: Awaited<ReturnType<typeof getTranslations<"agenda">>>, total: number) {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return t("minutesPart", { minutes });
  if (minutes === 0) return t("hoursPart", { hours });
  return t("and", { first: t("hoursPart", { hours }), second: t("minutesPart", { minutes }) });
}

async function ProgrammePage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const session = await sessionOrNotFound(actor, sessieId);
  if (!canSeePart(actor.role, session.sharedParts, "PROGRAMME")) notFound();
  const t = await getTranslations("agenda");
  const edit = can(actor.role, "sessions.prepare");
  const tc = await getTranslations("clock");
  const tr = await getTranslations("ris");
  const td = await getTranslations("draaiboek");
  const clock = programmeClock(session.startsAt, session.agendaItems, { endsAt: session.endsAt });
  const items = clock.items;
  const minutes = totalMinutes(items);
  const endsAt = session.endsAt ? toLocalDateTime(session.endsAt).time : null;
  const oriSearch = edit && (await oriBaseUrl(actor)) ? searchOriAction.bind(null, gemeente) : undefined;
  const bind = <A extends unknown[], R>(fn: (g: string, s: string, ...rest: A) => R) => fn.bind(null, gemeente, session.id);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label={t("title")}>
        <Link href={`/${gemeente}/sessies/${session.id}`} className="text-accent underline">
          {session.title}
        </Link>
      </nav>
      <div>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
        <p className="mt-2 text-lg font-medium" aria-live="polite">
          {minutes === 0 ? t("totalEmpty") : t("total", { duration: durationInWords(t, minutes) })}
        </p>
        {items.length > 0 &&
          (clock.overrunMinutes > 0 ? (
            <Notice tone="warning">{tc("overrun", { minutes: clock.overrunMinutes, endsAt: endsAt ?? "", time: clock.endTime })}</Notice>
          ) : (
            <p className="mt-1">{endsAt ? tc("fits", { endsAt }) : tc("ends", { time: clock.endTime })}</p>
          ))}
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href={`/draaiboek/${gemeente}/${session.id}`} className="text-accent underline">
            {td("link")}
          </Link>
          <a href={`/${gemeente}/sessies/${session.id}/draaiboek.pdf`} className="text-accent underline">
            {td("pdf")}
          </a>
          {session.risUrl && (
            <a href={session.risUrl} className="text-accent underline" rel="noreferrer">
              {tr("open")}
            </a>
          )}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("none")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {items.map((item, index) => (
            <li key={item.id} className="rounded-lg border border-line bg-white p-4 sm:p-6">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="text-lg font-semibold">
                    <span className="tabular-nums">{tc("times", { start: item.slot!.startTime, end: item.slot!.endTime })}</span> · {item.title}
                  </h2>
                  <p className="text-sm text-muted">
                    {t(`phases.${item.phase}`)} · {t("minutes", { minutes: item.durationMinutes })}
                    {item.workMethod && ` · ${item.workMethod}`}
                  </p>
                  {item.goal && <p className="mt-1">{item.goal}</p>}
                  {item.risUrl && (
                    <a href={item.risUrl} className="mt-1 inline-block text-accent underline" rel="noreferrer">
                      {tr("open")}
                      <span className="sr-only">: {item.title}</span>
                    </a>
                  )}
                </div>
                {edit && (
                  <AgendaItemControls
                    itemId={item.id}
                    title={item.title}
                    isFirst={index === 0}
                    isLast={index === items.length - 1}
                    move={bind(moveAgendaItemAction)}
                    remove={bind(deleteAgendaItemAction)}
                  />
                )}
              </div>
              {edit && (
                <details className="mt-3">
                  <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                    {t("edit")}
                    <span className="sr-only"> {item.title}</span>
                  </summary>
                  <div className="mt-3">
                    <AgendaItemForm action={bind(updateAgendaItemAction)} item={item} submitLabel={t("save")} oriSearch={oriSearch} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {edit && (
        <Card id="nieuw-onderdeel" title={t("addTitle")}>
          <AgendaItemForm action={bind(addAgendaItemAction)} submitLabel={t("add")} oriSearch={oriSearch} />
        </Card>
      )}
      {edit && (
        <Card id="raadsinformatiesysteem" title={tr("title")}>
          <p className="mb-3 text-muted">{tr("intro")}</p>
          <div className="flex flex-col gap-3">
            {oriSearch && <OriPicker action={oriSearch} id="sessie-ori" urlField="sessie-ris-url" />}
            <SessionRisForm action={saveSessionRisLinkAction.bind(null, gemeente, session.id)} risUrl={session.risUrl} />
          </div>
        </Card>
      )}
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/programma/page", ProgrammePage);
