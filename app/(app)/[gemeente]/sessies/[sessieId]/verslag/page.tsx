import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/report/report-document";
import { requireActor } from "@/lib/auth/session";
import { dateInWords } from "@/lib/dates";
import { reportModel } from "@/lib/report/report-model";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("report") };
}

/**
 * The verslag as a print-friendly page (the browser's print dialog makes a PDF of it
 * too). Its reviewers read it at any time; the gemeente's raadsleden once the
 * griffier shared it (reportModel's scope: lib/auth/policy.ts#reportScope).
 */
async function ReportPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const model = await orNotFound(reportModel(actor, sessieId));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { session } = model;
  const shared = session.sharedParts.includes("REPORT");
  const review = [
    ["stoodOut", session.reviewStoodOut],
    ["agreements", session.reviewAgreements],
    ["nextSteps", session.reviewNextSteps],
  ] as const;
  const base = `/${gemeente}/sessies/${session.id}`;
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6 print:max-w-none">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">
          {t("review.report")}: {session.title}
        </h1>
        <p className="text-muted">
          {session.theme} · {dateInWords(session.startsAt, { locale, weekday: true, time: true })}
          {session.location && ` · ${session.location}`}
        </p>
        {session.description && <p className="whitespace-pre-line">{session.description}</p>}
        <p className="text-sm" data-testid="report-shared">
          {shared ? t("report.shareNote") : t("report.notShared")}
        </p>
        <nav aria-label={t("report.downloads")} className="flex flex-wrap gap-x-4 gap-y-1 print:hidden">
          <Link href={`${base}/verslag.pdf`} prefetch={false} className="inline-flex min-h-11 items-center text-accent underline">
            {t("report.pdf")}
          </Link>
          <Link href={`${base}/raadsinformatiebrief.docx`} prefetch={false} className="inline-flex min-h-11 items-center text-accent underline">
            {t("report.docx")}
          </Link>
        </nav>
      </header>
      <section aria-labelledby="v-terugblik" className="rounded-lg border border-line bg-white p-4 sm:p-6 print:border-0 print:p-0">
        <h2 id="v-terugblik" className="mb-2 text-2xl font-semibold">
          {t("review.review")}
        </h2>
        <dl className="flex flex-col gap-2">
          {review.map(([key, value]) => (
            <div key={key}>
              <dt className="font-medium">{t(`review.fields.${key}`)}</dt>
              <dd className="whitespace-pre-line">{value || t("review.none")}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReportDocument model={model} />
      <p className="text-sm text-muted">{t("review.generated", { date: dateInWords(new Date(), { locale }) })}</p>
    </article>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/verslag/page", ReportPage);
