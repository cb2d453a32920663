import { getFormatter, getTranslations } from "next-intl/server";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { StepsStatusList } from "@/components/preparation/steps-status-list";
import { PurgedNote } from "@/components/privacy/purged-note";
import { ActorResultView } from "@/components/worksheets/actor-result";
import { PublicationNote } from "@/components/worksheets/publication-note";
import type { ReportModel } from "@/lib/report/report-model";

const box = "rounded-lg border border-line bg-white p-4 sm:p-6 print:border-0 print:p-0";

/** The outcomes of a session on the review page (the report, components/report, tells them at more length). */
export async function ReviewSections({ model }: { model: ReportModel }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  const { session } = model;
  const minimumGroupSize = model.results?.minimumGroupSize ?? 0;
  return (
    <>
      <section aria-labelledby="rolkeuze" className="flex flex-col gap-4">
        <h2 id="rolkeuze" className="text-2xl font-semibold">
          {t("worksheet.results.title")}
        </h2>
        {model.results ? (
          <>
            <p>
              {model.results.question} — {t("worksheet.results.respondents", { count: model.results.respondents })}
            </p>
            <PurgedNote purgedAt={model.results.answersPurgedAt} />
            <PublicationNote results={model.results} />
            {model.results.actors.map((a) => (
              <ActorResultView key={a.actorId} result={a} minimumGroupSize={minimumGroupSize} />
            ))}
          </>
        ) : (
          <p className="text-muted">{t("worksheet.notOpen")}</p>
        )}
      </section>

      <section aria-labelledby="r-waarden" className={box}>
        <h2 id="r-waarden" className="mb-2 text-2xl font-semibold">
          {t("values.map")}
        </h2>
        {model.values.values.length === 0 ? (
          <p className="text-muted">{t("values.noCases")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {model.values.values.map((v) => (
              <li key={v.id}>
                <span className="font-medium">{v.name}</span> ({t("values.named", { count: v.count })})
                {v.link?.indicator && ` — ${t("values.linkedTo", { indicator: v.link.indicator })}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="r-ruimte" className={box}>
        <h2 id="r-ruimte" className="mb-2 text-2xl font-semibold">
          {t("preparation.roomForInput.council.heading")}
        </h2>
        <ul className="list-disc pl-5">
          {model.roomForInput.map((item) => (
            <li key={item.dimension}>
              <span className="font-medium">{t(`preparation.dimensions.${item.dimension}`)}:</span>{" "}
              {t(`preparation.${item.key}` as "preparation.roomForInput.unknown", item.params as { dimension: string })}
              {item.explanation && ` ${item.explanation}`}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="r-programma" className={box}>
        <h2 id="r-programma" className="mb-2 text-2xl font-semibold">
          {t("agenda.title")}
        </h2>
        {session.agendaItems.length === 0 ? (
          <p className="text-muted">{t("agenda.none")}</p>
        ) : (
          <ol className="list-decimal pl-5">
            {session.agendaItems.map((item) => (
              <li key={item.id}>
                {item.title} — {t(`agenda.phases.${item.phase}`)}, {t("agenda.minutes", { minutes: item.durationMinutes })}
                {item.workMethod && `, ${item.workMethod}`}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="r-toezeggingen" className={box}>
        <h2 id="r-toezeggingen" className="mb-2 text-2xl font-semibold">
          {t("commitments.title")}
        </h2>
        {model.commitments.length === 0 ? <p className="text-muted">{t("commitments.none")}</p> : <CommitmentList items={model.commitments} />}
      </section>

      <section aria-labelledby="r-evaluatie" className={box}>
        <h2 id="r-evaluatie" className="mb-2 text-2xl font-semibold">
          {t("sessions.evaluationMoments")}
        </h2>
        {model.evaluationMoments.length === 0 ? (
          <p className="text-muted">{t("preparation.missing.EVALUATION_MOMENTS_MISSING")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {model.evaluationMoments.map((m) => (
              <li key={m.id}>
                {date(m.date)}: {m.subject}
                {m.outcome && ` — ${m.outcome}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="r-stappen" className={box}>
        <h2 id="r-stappen" className="mb-2 text-2xl font-semibold">
          {t("preparation.overview.title")} ({t("preparation.overview.progress", { done: model.progress.done, total: model.progress.total })})
        </h2>
        <StepsStatusList steps={model.progress.steps} />
      </section>
    </>
  );
}
