import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReviewSections } from "@/components/review/review-sections";
import { requireActor } from "@/lib/auth/session";
import { reportModel } from "@/lib/report/report-model";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("report") };
}

/** The report as a print-friendly page (the browser's print dialog makes a PDF of it too). */
export default async function ReportPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.review");
  const model = await orNotFound(reportModel(actor, sessieId));
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  const { session } = model;
  const review = [
    ["stoodOut", session.reviewStoodOut],
    ["agreements", session.reviewAgreements],
    ["nextSteps", session.reviewNextSteps],
  ] as const;
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6 print:max-w-none">
      <header>
        <h1 className="text-3xl font-semibold">
          {t("report")}: {session.title}
        </h1>
        <p className="text-muted">
          {session.theme} · {format.dateTime(session.startsAt, { dateStyle: "full", timeStyle: "short" })}
          {session.location && ` · ${session.location}`}
        </p>
      </header>
      <section aria-labelledby="v-terugblik">
        <h2 id="v-terugblik" className="mb-2 text-2xl font-semibold">
          {t("review")}
        </h2>
        <dl className="flex flex-col gap-2">
          {review.map(([key, value]) => (
            <div key={key}>
              <dt className="font-medium">{t(`fields.${key}`)}</dt>
              <dd className="whitespace-pre-line">{value || t("none")}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReviewSections model={model} />
      <p className="text-sm text-muted">{t("generated", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
    </article>
  );
}
