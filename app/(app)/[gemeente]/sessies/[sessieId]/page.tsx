import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/council-sessions/status-badge";
import { RoomForInput } from "@/components/council-sessions/room-for-input";
import { SharingForm } from "@/components/council-sessions/sharing-form";
import { StatusControls } from "@/components/council-sessions/status-controls";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { StepsOverview } from "@/components/preparation/steps-overview";
import { WorksheetControls } from "@/components/worksheets/worksheet-controls";
import { GuestSettings } from "@/components/guests/guest-settings";
import { LiveDirector } from "@/components/live/live-director";
import { setLiveRoundAction, steerProgrammeAction } from "@/lib/live/actions";
import { reviewGuestCaseAction, saveGuestSettingsAction } from "@/lib/guests/actions";
import { GuestCaseReview } from "@/components/guests/guest-case-review";
import { Notice } from "@/components/ui/notice";
import { totalMinutes } from "@/lib/agenda/agenda";
import { programmeClock } from "@/lib/agenda/clock";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { archiveSessionAction, changeSessionStatusAction, setSharedPartsAction } from "@/lib/council-sessions/actions";
import { sessionOverviewOrNotFound } from "@/lib/council-sessions/page-data";
import { allowedTransitions, canSeePart, canSeeStepsOf, reachesOwnSessionsOnly } from "@/lib/auth/policy";
import { preparerIdsOf } from "@/lib/council-sessions/get-session";
import { SaveTemplateForm } from "@/components/templates/save-template-form";
import { saveAsTemplateAction } from "@/lib/templates/actions";
import { SESSION_PARTS } from "@/lib/templates/parts";
import { PreparationGroupForm } from "@/components/preparation-group/group-form";
import { setPreparationGroupAction } from "@/lib/preparation-group/actions";
import { todayInAmsterdam, toLocalDateTime } from "@/lib/dates";
import { toCheckInput, toStepsInput } from "@/lib/preparation/load";
import { sessionProgress } from "@/lib/preparation/progress";
import { addCommitmentAction, setCommitmentDoneAction } from "@/lib/commitments/actions";
import { controlWorksheetAction } from "@/lib/worksheets/actions";
import { Card } from "@/components/ui/card";
import { AttendanceList } from "@/components/invitations/attendance-list";
import { SendInvitationsForm } from "@/components/invitations/send-invitations-form";
import { sendSessionInvitationsAction } from "@/lib/invitations/actions";
import { mailConfigured } from "@/lib/mail";
import { withClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ gemeente: string; sessieId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { gemeente, sessieId } = await params;
  const session = await sessionOverviewOrNotFound(await requireActor(gemeente), sessieId, todayInAmsterdam(), await getLocale());
  return { title: session.title };
}

async function SessionPage({ params }: Params) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  // One query for the session and everything this page shows of it, each part selected only for a role that may see it.
  const session = await sessionOverviewOrNotFound(actor, sessieId, todayInAmsterdam(), await getLocale());
  const { worksheet, commitments, cards, runner: running, attendance, preparationGroup: group, preparerNames: groupNames } = session;
  const [t, format, tlib] = await Promise.all([getTranslations("sessions"), getFormatter(), getTranslations("library")]);
  const base = `/${gemeente}/sessies/${session.id}`;
  const prepare = can(actor.role, "sessions.prepare");
  // A raadslid of the preparation group sees (and edits) this session's steps.
  const seeSteps = canSeeStepsOf(actor, preparerIdsOf(session));
  const sees = (part: "ROOM_FOR_INPUT" | "PROGRAMME" | "EVALUATION") => canSeePart(actor.role, session.sharedParts, part);
  const steps = toStepsInput(session.steps);
  const runner = can(actor.role, "sessions.run");
  // The pseudo-participation check uses the council's actual choice once there are answers.
  const resultsRung = running?.councilRung ?? null;
  const guests = running?.guests ?? null;
  const [tg, tt] = await Promise.all([getTranslations("preparationGroup"), getTranslations("templates")]);
  const progress = seeSteps ? sessionProgress(toCheckInput(session.steps, todayInAmsterdam(), resultsRung, session.guestsAllowed)) : null;
  const [tw, tv, tc, tl, tr] = await Promise.all([
    getTranslations("worksheet"),
    getTranslations("values"),
    getTranslations("commitments"),
    getTranslations("live"),
    getTranslations("review"),
  ]);
  const minutes = totalMinutes(session.agendaItems);
  const [tclock, tris, tdraai] = await Promise.all([getTranslations("clock"), getTranslations("ris"), getTranslations("draaiboek")]);
  const clock = programmeClock(session.startsAt, session.agendaItems, { endsAt: session.endsAt });
  const transitions = allowedTransitions(actor, session.status);
  // The ten steps, with the planning: the griffier's work while the session is being prepared, so on top until then.
  const preparing = session.status === "CONCEPT" || session.status === "VOORBEREID";
  const preparation = progress && (
    <>
      <StepsOverview progress={progress} stepHref={(slug) => `${base}/stappen/${slug}`} />
      <Link href={`${base}/planning`} className="-mt-3 inline-block min-h-11 py-2 text-accent underline">
        {t("openPlanning")}
      </Link>
    </>
  );

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${gemeente}/sessies`} className="text-accent underline">
          {t("backToList")}
        </Link>
      </nav>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-start gap-3">
          <h1 className="text-3xl font-semibold">{session.title}</h1>
          <StatusBadge status={session.status} />
        </div>
        <p className="text-muted">
          {session.theme} · {format.dateTime(session.startsAt, { dateStyle: "full", timeStyle: "short" })}
          {session.endsAt && `–${format.dateTime(session.endsAt, { timeStyle: "short" })}`}
          {session.location && ` · ${session.location}`}
        </p>
        {session.copiedFrom && !reachesOwnSessionsOnly(actor.role) && (
          <p className="text-sm text-muted" data-testid="copied-from">
            <Link href={`/${gemeente}/sessies/${session.copiedFrom.id}`} className="text-accent underline">
              {tt("copyOf", { title: session.copiedFrom.title })}
            </Link>
          </p>
        )}
        {session.templateName && <p className="text-sm text-muted">{tt("fromTemplate", { name: session.templateName })}</p>}
        {session.description && <p className="max-w-3xl whitespace-pre-line">{session.description}</p>}
        {session.archivedAt && <Notice tone="info">{t("archivedNotice")}</Notice>}
        {session.sharedParts.includes("REPORT") && (
          <Link href={`${base}/verslag`} className="inline-flex min-h-11 items-center self-start text-accent underline">
            {tr("readShared")}
          </Link>
        )}
      </div>

      {(transitions.length > 0 || prepare) && (
        <Card id="verloop" title={t("lifecycle")}>
          {runner && (
            <div className="mb-3 flex flex-wrap gap-4">
              {session.status === "LIVE" && (
                <Link href={`/projectie/${gemeente}/${session.id}`} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover">
                  {tl("openProjector")}
                </Link>
              )}
              {(session.status === "AFGEROND" || session.status === "GEEVALUEERD" || session.status === "LIVE") && (
                <Link href={`${base}/terugblik`} className="inline-flex min-h-11 items-center px-2 text-accent underline">
                  {tr("title")}
                </Link>
              )}
            </div>
          )}
          <StatusControls
            sessionId={session.id}
            status={session.status}
            transitions={transitions}
            archived={prepare ? Boolean(session.archivedAt) : null}
            changeStatus={changeSessionStatusAction.bind(null, gemeente)}
            archive={archiveSessionAction.bind(null, gemeente)}
          />
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-6">
          {preparing && preparation}
          <Card id="werkblad" title={tw("control.title")}>
            {runner ? (
              <>
                <p className="mb-3 text-sm text-muted">{tw("control.configureHint")}</p>
                <WorksheetControls
                  sessionId={session.id}
                  state={worksheet?.state ?? "CONCEPT"}
                  anonymous={worksheet?.anonymous ?? true}
                  released={worksheet?.resultsReleased ?? false}
                  action={controlWorksheetAction.bind(null, gemeente)}
                />
                {worksheet && worksheet.state !== "CONCEPT" && (
                  <Link href={`${base}/werkblad/uitslag`} className="mt-3 inline-block min-h-11 py-2 text-accent underline">
                    {tw("control.results")}
                  </Link>
                )}
              </>
            ) : !worksheet || worksheet.state === "CONCEPT" ? (
              <p className="text-muted">{tw("notOpen")}</p>
            ) : (
              <div className="flex flex-wrap gap-3">
                {can(actor.role, "worksheets.answer") && (
                  <Link href={`${base}/werkblad`} className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-hover">
                    {worksheet.state === "OPEN" ? tw("toWorksheet") : tw("myTitle")}
                  </Link>
                )}
                {worksheet.resultsReleased && (
                  <Link href={`${base}/werkblad/uitslag`} className="inline-flex min-h-11 items-center px-2 text-accent underline">
                    {tw("toResults")}
                  </Link>
                )}
              </div>
            )}
          </Card>
          {running && session.status === "LIVE" && (
            <Card id="regie" title={(await getTranslations("rounds"))("title")}>
              <LiveDirector
                programme={running.live}
                roundAction={setLiveRoundAction.bind(null, gemeente, session.id)}
                steerAction={steerProgrammeAction.bind(null, gemeente, session.id)}
              />
            </Card>
          )}
          {running && session.guestsAllowed && session.status === "LIVE" && (
            <Card id="gastcasussen" title={(await getTranslations("guests.cases"))("control")}>
              <p className="mb-4 text-sm text-muted">{(await getTranslations("guests.cases"))("controlIntro")}</p>
              <GuestCaseReview cases={running.guestCases} action={reviewGuestCaseAction.bind(null, gemeente, session.id)} />
            </Card>
          )}
          {guests && (
            <Card id="gasten" title={(await getTranslations("guests.settings"))("title")}>
              <GuestSettings settings={guests} action={saveGuestSettingsAction.bind(null, gemeente, session.id)} />
            </Card>
          )}
          {!preparing && preparation}
          <Card id="toezeggingen" title={tc("title")}>
            {commitments.length === 0 ? (
              <p className="text-muted">{tc("none")}</p>
            ) : (
              <CommitmentList items={commitments} toggle={runner ? setCommitmentDoneAction.bind(null, gemeente) : undefined} />
            )}
            {commitments.length > 0 && (
              <nav aria-label={tc("register.downloads")} className="mt-2 flex flex-wrap gap-x-4">
                <a href={`${base}/toezeggingen.csv`} className="inline-flex min-h-11 items-center text-accent underline">
                  {tc("register.csv")}
                </a>
                <a href={`${base}/toezeggingen.pdf`} className="inline-flex min-h-11 items-center text-accent underline">
                  {tc("register.pdfLink")}
                </a>
              </nav>
            )}
            {runner && (
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{tc("add")}</summary>
                <div className="mt-2">
                  <CommitmentForm action={addCommitmentAction.bind(null, gemeente, session.id)} />
                </div>
              </details>
            )}
          </Card>
          {!seeSteps && sees("ROOM_FOR_INPUT") && <RoomForInput data={steps[5].data} audience="council" />}
          {!seeSteps && sees("EVALUATION") && steps[9].data.evaluationMoments.length > 0 && (
            <Card id="evaluatie" title={t("evaluationMoments")}>
              <ul className="list-disc pl-5">
                {steps[9].data.evaluationMoments.map((m) => (
                  <li key={m.id}>
                    {format.dateTime(new Date(`${m.date}T12:00:00Z`), { dateStyle: "long" })}: {m.subject}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
        <div className="flex flex-col gap-6">
          <Card id="waarden" title={tv("title")}>
            <Link href={`${base}/waarden`} className="inline-block min-h-11 py-2 text-accent underline">
              {tv("open")}
            </Link>
          </Card>
          <Card id="bibliotheek" title={tlib("sessionCards")}>
            {cards.length === 0 ? (
              <p className="text-muted">{tlib("sessionCardsNone")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {cards.map((card) => (
                  <li key={card.id}>
                    <Link href={`/${gemeente}/bibliotheek/${card.id}`} className="font-medium text-accent underline">
                      {card.title}
                    </Link>
                    {card.note && <p className="text-sm text-muted">{card.note}</p>}
                  </li>
                ))}
              </ul>
            )}
            <Link href={`/${gemeente}/bibliotheek`} className="mt-2 inline-block min-h-11 py-2 text-accent underline">
              {tlib("browse")}
            </Link>
          </Card>
          {sees("PROGRAMME") && (
          <Card id="programma" title={t("programme")}>
            <p>{t("programmeSummary", { count: session.agendaItems.length, minutes })}</p>
            {clock.items.length > 0 && (
              <>
                <ol className="mt-2 flex flex-col gap-1" aria-label={t("programme")}>
                  {clock.items.map((item) => (
                    <li key={item.id}>
                      <span className="tabular-nums">{tclock("times", { start: item.slot!.startTime, end: item.slot!.endTime })}</span> {item.title}
                    </li>
                  ))}
                </ol>
                {clock.overrunMinutes > 0 ? (
                  <div className="mt-2">
                    <Notice tone="warning">{tclock("overrun", { minutes: clock.overrunMinutes, endsAt: session.endsAt ? toLocalDateTime(session.endsAt).time : "", time: clock.endTime })}</Notice>
                  </div>
                ) : (
                  <p className="mt-2 text-muted">{tclock("ends", { time: clock.endTime })}</p>
                )}
              </>
            )}
            <div className="mt-2 flex flex-wrap gap-x-4">
              <Link href={`${base}/programma`} className="inline-block min-h-11 py-2 text-accent underline">
                {prepare ? t("openProgramme") : t("programme")}
              </Link>
              <Link href={`/draaiboek/${gemeente}/${session.id}`} className="inline-block min-h-11 py-2 text-accent underline">
                {tdraai("link")}
              </Link>
              {session.risUrl && (
                <a href={session.risUrl} className="inline-block min-h-11 py-2 text-accent underline" rel="noreferrer">
                  {tris("open")}
                </a>
              )}
            </div>
          </Card>
          )}
          <Card id="deelnemers" title={t("people")}>
            <h3 className="font-medium">{t("facilitators")}</h3>
            <p className="mb-2 text-muted">{session.facilitators.map((p) => p.name).join(", ") || t("nobody")}</p>
            <h3 className="font-medium">{t("invitees")}</h3>
            <p className="mb-2 text-muted">{session.invitees.map((p) => p.name).join(", ") || t("nobody")}</p>
            <h3 className="font-medium">{tg("title")}</h3>
            <p className="text-muted" data-testid="preparation-group">{groupNames.join(", ") || t("nobody")}</p>
            {group && (
              <details className="mt-2">
                <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{tg("change")}</summary>
                <p className="mb-2 text-sm text-muted">{tg("hint")}</p>
                <PreparationGroupForm candidates={group.candidates} memberIds={group.memberIds} action={setPreparationGroupAction.bind(null, gemeente, session.id)} />
              </details>
            )}
            {prepare && (
              <Link href={`${base}/bewerken`} className="mt-3 inline-block min-h-11 py-2 text-accent underline">
                {t("edit")}
              </Link>
            )}
          </Card>
          {attendance && (
            <Card id="uitnodiging" title={(await getTranslations("sessionInvitations"))("title")}>
              {prepare && !session.archivedAt && (
                <div className="mb-4 flex flex-col gap-2">
                  <p className="text-sm text-muted">{(await getTranslations("sessionInvitations"))("intro")}</p>
                  {mailConfigured() ? (
                    <SendInvitationsForm sentBefore={Boolean(attendance.invitationsSentAt)} action={sendSessionInvitationsAction.bind(null, gemeente, session.id)} />
                  ) : (
                    <Notice tone="info">{(await getTranslations("sessionInvitations"))("noMail")}</Notice>
                  )}
                </div>
              )}
              <AttendanceList attendance={attendance} />
            </Card>
          )}
          {prepare && (
            <Card id="sjabloon" title={tt("saveTitle")}>
              <details>
                <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{tt("saveTitle")}</summary>
                <p className="mb-2 text-sm text-muted">{tt("saveHint")}</p>
                <SaveTemplateForm parts={SESSION_PARTS} action={saveAsTemplateAction.bind(null, gemeente, session.id)} />
              </details>
            </Card>
          )}
          {prepare && (
            <Card id="delen" title={t("sharing.title")}>
              <SharingForm sessionId={session.id} shared={session.sharedParts} action={setSharedPartsAction.bind(null, gemeente)} />
            </Card>
          )}
          {sees("EVALUATION") && (
          <Card id="agenda-export" title={t("calendar")}>
            <p className="mb-2 text-sm text-muted">{t("calendarHint")}</p>
            <a href={`${base}/evaluatie.ics`} download className="inline-block min-h-11 py-2 text-accent underline">
              evaluatiemomenten.ics
            </a>
          </Card>
          )}
        </div>
      </div>
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/page", SessionPage);
