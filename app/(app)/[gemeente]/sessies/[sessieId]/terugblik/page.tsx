import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusControls } from "@/components/council-sessions/status-controls";
import { ReviewForm } from "@/components/review/review-form";
import { ReviewSections } from "@/components/review/review-sections";
import { requireActor } from "@/lib/auth/session";
import { archiveSessionAction, changeSessionStatusAction } from "@/lib/council-sessions/actions";
import { nextStatuses } from "@/lib/council-sessions/lifecycle";
import { reportModel } from "@/lib/report/report-model";
import { saveReviewAction } from "@/lib/review/actions";
import { orNotFound } from "@/lib/not-found";
import { RepeatControls } from "@/components/worksheets/repeat-controls";
import { ShiftView } from "@/components/worksheets/shift-view";
import { controlRepeatAction, startRepeatAction } from "@/lib/worksheets/actions";
import { appBaseUrl } from "@/lib/app-url";
import { allowRepeatGuestsAction } from "@/lib/guests/actions";
import QRCode from "qrcode";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

/** After the session: all outcomes on one page, the review, and the exports. */
async function ReviewPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.review");
  // The herhalingen, their guest panels and the shift over the rounds come with the verslag's model (its two statements).
  const model = await orNotFound(reportModel(actor, sessieId));
  const { session, repeats, shift } = model;
  const guestPanels = model.repeatGuests ?? { sessionAllowsGuests: false, repeats: {} };
  const [t, tShift, baseUrl] = await Promise.all([getTranslations("review"), getTranslations("worksheet.shift"), appBaseUrl()]);
  // Guests answering a herhaling too: its code, the join address and a QR to put on a screen.
  const repeatGuests = {
    sessionAllowsGuests: guestPanels.sessionAllowsGuests,
    repeats: Object.fromEntries(
      await Promise.all(
        Object.entries(guestPanels.repeats).map(async ([repeatId, panel]) => {
          const qr = panel.code ? await QRCode.toString(`${baseUrl}/meedoen?code=${panel.code}`, { type: "svg", margin: 1, color: { dark: "#000000", light: "#ffffff" } }) : null;
          return [repeatId, { view: { ...panel, joinUrl: `${baseUrl}/meedoen`, qr }, action: allowRepeatGuestsAction.bind(null, gemeente, sessieId, repeatId) }] as const;
        }),
      ),
    ),
  };
  const base = `/${gemeente}/sessies/${session.id}`;
  const exports = [
    { href: `${base}/verslag`, label: t("exports.print") },
    { href: `${base}/verslag.pdf`, label: t("exports.pdf") },
    { href: `${base}/raadsinformatiebrief.docx`, label: t("exports.docx") },
    { href: `${base}/werkblad.csv`, label: t("exports.csv") },
    { href: `${base}/evaluatie.ics`, label: t("exports.ics") },
    { href: `${base}/export.json`, label: t("exports.json") },
  ];
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <nav aria-label={t("title")}>
        <Link href={base} className="text-accent underline">
          ← {session.title}
        </Link>
      </nav>
      <h1 className="text-3xl font-semibold">
        {t("title")}: {session.title}
      </h1>

      <section aria-labelledby="beoordeling" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="beoordeling" className="mb-3 text-2xl font-semibold">
          {t("yourReview")}
        </h2>
        <ReviewForm
          sessionId={session.id}
          version={session.reviewVersion}
          review={{ stoodOut: session.reviewStoodOut, agreements: session.reviewAgreements, nextSteps: session.reviewNextSteps }}
          action={saveReviewAction.bind(null, gemeente)}
        />
        <div className="mt-4">
          <StatusControls
            sessionId={session.id}
            status={session.status}
            transitions={nextStatuses(session.status).filter((s) => s === "AFGEROND" || s === "GEEVALUEERD")}
            archived={null}
            changeStatus={changeSessionStatusAction.bind(null, gemeente)}
            archive={archiveSessionAction.bind(null, gemeente)}
          />
        </div>
      </section>

      <section aria-labelledby="exports" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="exports" className="mb-2 text-2xl font-semibold">
          {t("exports.title")}
        </h2>
        <ul className="flex flex-wrap gap-x-6">
          {exports.map((e) => (
            <li key={e.href}>
              <a href={e.href} className="inline-block min-h-11 py-2 text-accent underline">
                {e.label}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="herhalingen" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="herhalingen" className="mb-1 text-2xl font-semibold">
          {tShift("title")}
        </h2>
        <p className="mb-3 text-muted">{tShift("intro")}</p>
        {repeats && (
          <RepeatControls
            sessionId={session.id}
            canStart={repeats.canStart}
            moments={repeats.moments}
            start={startRepeatAction.bind(null, gemeente)}
            control={controlRepeatAction.bind(null, gemeente)}
            guests={repeatGuests}
          />
        )}
        {shift && (
          <div className="mt-4">
            <ShiftView shift={shift} idPrefix="verschuiving" />
          </div>
        )}
      </section>

      <ReviewSections model={model} />
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/terugblik/page", ReviewPage);
