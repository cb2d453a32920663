import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { StepsStatusList } from "@/components/preparation/steps-status-list";
import { PurgedNote } from "@/components/privacy/purged-note";
import { ActorResultView } from "@/components/worksheets/actor-result";
import { PublicationNote } from "@/components/worksheets/publication-note";
import { dateInWords } from "@/lib/dates";
import type { ReportModel } from "@/lib/report/report-model";
import { reportOutline, type ReportLanguage } from "@/lib/report/outline";
import { Blocks } from "./outline-view";
import { ParticipationChart } from "./participation-chart";

const box = "rounded-lg border border-line bg-white p-4 sm:p-6 print:border-0 print:p-0";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${box} flex flex-col gap-3`}>
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Muted = ({ children }: { children: ReactNode }) => <p className="text-muted">{children}</p>;
const Text = ({ children }: { children: string }) => <p className="whitespace-pre-line">{children}</p>;

/**
 * The verslag as a council reads it, following the ten steps: explorations,
 * problem, who is involved, the role choice with its results, the room for
 * input, the place in decision-making, the programme as held, who took part,
 * the values (tensions, verdicts, fractie rankings), the toezeggingen and the
 * evaluation moments. The same content as the PDF and the Word letter.
 */
export async function ReportDocument({ model }: { model: ReportModel }) {
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const day = (iso: string) => dateInWords(iso, { locale });
  const { content } = model;
  const rungName = (rung: string) => t(`preparation.rungs.${rung}.name` as "preparation.rungs.REGULEREN.name");
  const { participation } = model;
  const outline = reportOutline(model, { t: t as unknown as ReportLanguage["t"], locale, formatNumber: (n) => format.number(n, { maximumFractionDigits: 2 }) });
  const programmeTitle = t("report.programme.title");
  const programme = (outline.sections.find((blocks) => blocks[0]?.kind === "h2" && blocks[0].text === programmeTitle) ?? []).slice(1);
  // The herhalingen' rounds as the PDF and Word file give them (only when there are any).
  const shiftTitle = t("worksheet.shift.title");
  const shift = model.shift ? (outline.sections.find((blocks) => blocks[0]?.kind === "h2" && blocks[0].text === shiftTitle) ?? []).slice(1) : [];

  return (
    <>
      <Section id="v-verkenningen" title={t("report.explorations.title")}>
        {content.direction && <p>{t("report.explorations.direction", { direction: t(`preparation.options.direction.${content.direction}`) })}</p>}
        {content.explorations.length === 0 ? (
          <Muted>{t("report.explorations.none")}</Muted>
        ) : (
          <ul className="flex flex-col gap-3">
            {content.explorations.map((e) => (
              <li key={e.id}>
                <h3 className="font-semibold">{e.title || t(`preparation.options.method.${e.method}`)}</h3>
                <p className="text-sm text-muted">
                  {t(`preparation.options.method.${e.method}`)}
                  {e.date && ` · ${day(e.date)}`}
                  {e.groups && ` · ${t("report.explorations.groups")}: ${e.groups}`}
                  {e.raadsleden && ` · ${t("report.explorations.raadsleden")}: ${e.raadsleden}`}
                </p>
                {e.findings ? <Text>{e.findings}</Text> : <Muted>{t("report.explorations.noFindings")}</Muted>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="v-probleem" title={t("report.problem.title")}>
        {content.problem.statement ? <Text>{content.problem.statement}</Text> : <Muted>{t("report.problem.none")}</Muted>}
        <p>{t(content.problem.definedWithStakeholders ? "report.problem.withStakeholders" : "report.problem.withoutStakeholders")}</p>
        {content.problem.proposedSolution && (
          <p>
            <span className="font-medium">{t("report.problem.proposedSolution")}:</span> {content.problem.proposedSolution}
          </p>
        )}
        {content.problem.responsibilities.length > 0 && (
          <table className="w-full text-left">
            <caption className="mb-1 text-left font-medium">{t("report.problem.responsibilities")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col">{t("report.problem.aspect")}</th>
                <th scope="col">{t("report.problem.responsible")}</th>
              </tr>
            </thead>
            <tbody>
              {content.problem.responsibilities.map((r) => (
                <tr key={r.id} className="border-b border-line">
                  <td className="py-1 pr-3">{r.aspect}</td>
                  <td className="py-1">{r.responsible}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="v-betrokkenen" title={t("report.involved.title")}>
        {content.involved.stakeholders.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.involved.stakeholders")}</h3>
            <ul className="list-disc pl-5">
              {content.involved.stakeholders.map((s) => (
                <li key={s.id}>
                  {s.name}
                  {s.coDefinesProblem && ` (${t("report.involved.coDefines")})`}
                </li>
              ))}
            </ul>
          </div>
        )}
        {content.involved.invitees.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.involved.invitees")}</h3>
            <ul className="list-disc pl-5">
              {content.involved.invitees.map((i) => (
                <li key={i.id}>
                  {[i.name, i.function, i.organisation].filter(Boolean).join(", ")} — {t(`preparation.options.invitationStatus.${i.invitationStatus}`)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {content.involved.agendaTopics.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.involved.agendaTopics")}</h3>
            <ul className="list-disc pl-5">
              {content.involved.agendaTopics.map((a) => (
                <li key={a.id}>{a.topic}</li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h3 className="font-semibold">{t("report.involved.raadsleden", { count: content.involved.raadsleden.length })}</h3>
          {content.involved.raadsleden.length > 0 && <p>{content.involved.raadsleden.join(", ")}</p>}
        </div>
        {content.involved.facilitators.length > 0 && (
          <p>
            <span className="font-medium">{t("report.involved.facilitators")}:</span> {content.involved.facilitators.join(", ")}
          </p>
        )}
      </Section>

      <Section id="v-rolkeuze" title={t("report.roleChoice.title")}>
        {content.roleChoice.question && <p>{t("report.roleChoice.question", { question: content.roleChoice.question })}</p>}
        {content.roleChoice.intendedCouncilRung && <p>{t("report.roleChoice.intended", { rung: rungName(content.roleChoice.intendedCouncilRung) })}</p>}
        {model.results ? (
          <>
            <p>
              {model.results.question} — {t("worksheet.results.respondents", { count: model.results.respondents })}
            </p>
            <PurgedNote purgedAt={model.results.answersPurgedAt} />
            <PublicationNote results={model.results} />
            {model.results.actors.map((a) => (
              <ActorResultView key={a.actorId} result={a} minimumGroupSize={model.results!.minimumGroupSize} />
            ))}
          </>
        ) : (
          <Muted>{t("worksheet.notOpen")}</Muted>
        )}
        {content.roleChoice.othersView && (
          <div>
            <h3 className="font-semibold">{t("report.roleChoice.othersView")}</h3>
            <Text>{content.roleChoice.othersView}</Text>
          </div>
        )}
      </Section>

      {shift.length > 0 && (
        <Section id="v-herhalingen" title={shiftTitle}>
          <Blocks blocks={shift} idPrefix="v-herhalingen" />
        </Section>
      )}

      <Section id="v-ruimte" title={t("preparation.roomForInput.heading")}>
        <ul className="list-disc pl-5">
          {model.roomForInput.map((item) => (
            <li key={item.dimension}>
              <span className="font-medium">{t(`preparation.dimensions.${item.dimension}`)}:</span>{" "}
              {t(`preparation.${item.key}` as "preparation.roomForInput.unknown", item.params as { dimension: string })}
              {item.explanation && ` ${item.explanation}`}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="v-besluitvorming" title={t("report.decisionMaking.title")}>
        {!content.decisionMaking.cooperation && content.decisionMaking.councilMoments.length === 0 && content.decisionMaking.feedbackAgreements.length === 0 && !content.decisionMaking.residentsRole && (
          <Muted>{t("report.decisionMaking.none")}</Muted>
        )}
        {content.decisionMaking.cooperation && (
          <div>
            <h3 className="font-semibold">{t("report.decisionMaking.cooperation")}</h3>
            <Text>{content.decisionMaking.cooperation}</Text>
          </div>
        )}
        {content.decisionMaking.councilMoments.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.decisionMaking.councilMoments")}</h3>
            <ul className="list-disc pl-5">
              {content.decisionMaking.councilMoments.map((m) => (
                <li key={m.id}>
                  {m.date && `${day(m.date)}: `}
                  {m.description}
                </li>
              ))}
            </ul>
          </div>
        )}
        {content.decisionMaking.feedbackAgreements.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.decisionMaking.feedback")}</h3>
            <ul className="list-disc pl-5">
              {content.decisionMaking.feedbackAgreements.map((f) => (
                <li key={f.id}>{t("report.decisionMaking.feedbackItem", { what: f.what, when: f.when || "–", how: f.how || "–" })}</li>
              ))}
            </ul>
          </div>
        )}
        {content.decisionMaking.residentsRole && (
          <div>
            <h3 className="font-semibold">{t("report.decisionMaking.residentsRole")}</h3>
            <Text>{content.decisionMaking.residentsRole}</Text>
          </div>
        )}
      </Section>

      {/* The programme as held (clock times) and the attendance list: drawn from the outline the PDF and .docx draw. */}
      <Section id="v-programma" title={t("report.programme.title")}>
        <div id="v-aanwezigheid" className="flex flex-col gap-3">
          <Blocks blocks={programme} idPrefix="v-programma" />
        </div>
      </Section>

      <Section id="v-deelnemers" title={t("report.participation.title")}>
        {content.participants.length === 0 ? (
          <Muted>{t("report.participation.none")}</Muted>
        ) : (
          <>
            {participation.usualSuspectShare !== null && (
              <p className="font-medium" data-testid="usual-suspects-share">
                {t("report.participation.share", {
                  total: participation.total,
                  usual: participation.usualSuspects,
                  share: new Intl.NumberFormat(locale, { style: "percent" }).format(participation.usualSuspectShare),
                })}
              </p>
            )}
            <ParticipationChart
              participants={content.participants}
              alt={t("report.participation.chartAlt", { groups: content.participants.map((p) => `${p.group}: ${p.count}`).join(", ") })}
            />
            <table className="w-full max-w-md text-left">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col">{t("report.participation.group")}</th>
                  <th scope="col" className="text-right">{t("report.participation.count")}</th>
                  <th scope="col">{t("report.participation.usualSuspect")}</th>
                </tr>
              </thead>
              <tbody>
                {content.participants.map((p) => (
                  <tr key={p.id} className="border-b border-line">
                    <td className="py-1">{p.group}</td>
                    <td className="py-1 text-right">{p.count}</td>
                    <td className="py-1 pl-3">{t(p.usualSuspect ? "report.participation.yes" : "report.participation.no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {content.targetGroups.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("report.participation.targetGroups")}</h3>
            <ul className="list-disc pl-5">
              {content.targetGroups.map((g) => (
                <li key={g.id}>
                  {g.group}
                  {g.rarelyHeard && ` (${t("report.participation.rarelyHeard")})`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <ValuesSection model={model} day={day} />

      <Section id="v-toezeggingen" title={t("commitments.title")}>
        {model.commitments.length === 0 ? <Muted>{t("commitments.none")}</Muted> : <CommitmentList items={model.commitments} />}
      </Section>

      <Section id="v-evaluatie" title={t("report.evaluation.title")}>
        {model.evaluationMoments.length === 0 ? (
          <Muted>{t("report.evaluation.none")}</Muted>
        ) : (
          <ul className="flex flex-col gap-2">
            {model.evaluationMoments.map((m) => (
              <li key={m.id}>
                <p>
                  <span className="font-medium">{day(m.date)}</span>: {m.subject}
                  {m.coversRoles && ` (${t("report.evaluation.roles")})`}
                </p>
                {m.outcome && <p className="text-sm">{t("report.evaluation.outcome", { outcome: m.outcome })}</p>}
                {m.adjustments && <p className="text-sm">{t("report.evaluation.adjustments", { adjustments: m.adjustments })}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {model.reviewer && (
        <Section id="v-stappen" title={`${t("preparation.overview.title")} (${t("preparation.overview.progress", { done: model.progress.done, total: model.progress.total })})`}>
          <StepsStatusList steps={model.progress.steps} />
        </Section>
      )}
    </>
  );
}

async function ValuesSection({ model, day }: { model: ReportModel; day: (iso: string) => string }) {
  const t = await getTranslations();
  const { values, rankings } = model;
  const judged = values.values.flatMap((v) => v.trail.filter((x) => x.verdict !== null).map((x) => ({ value: v.name, ...x })));
  const fracties = rankings[0]?.ranks.map((r) => r.fractie) ?? [];
  return (
    <Section id="v-waarden" title={t("report.values.title")}>
      <p className="text-sm font-medium">{t("values.countsNotWeight")}</p>
      {values.values.length === 0 ? (
        <Muted>{t("values.noCases")}</Muted>
      ) : (
        <ul className="list-disc pl-5">
          {values.values.map((v) => (
            <li key={v.id}>
              <span className="font-medium">{v.name}</span> ({t("values.named", { count: v.count })})
              {v.link?.indicator && ` — ${t("values.linkedTo", { indicator: v.link.indicator })}`}
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t("report.values.tensions")}</h3>
      {values.tensions.length === 0 ? (
        <Muted>{t("report.values.noTensions")}</Muted>
      ) : (
        <ul className="list-disc pl-5">
          {values.tensions.map((x) => (
            <li key={`${x.a}|${x.b}`}>
              {t("report.values.tension", { a: x.a, b: x.b, count: x.cases.length })}
              {x.cases.some((c) => c.note) && `: ${x.cases.map((c) => c.note).filter(Boolean).join("; ")}`}
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t("report.values.verdicts")}</h3>
      {judged.length === 0 ? (
        <Muted>{t("report.values.noVerdicts")}</Muted>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col">{t("report.values.value")}</th>
              <th scope="col">{t("report.values.moment")}</th>
              <th scope="col">{t("report.values.verdict")}</th>
              <th scope="col">{t("report.values.evidence")}</th>
            </tr>
          </thead>
          <tbody>
            {judged.map((j) => (
              <tr key={`${j.value}|${j.momentId}`} className="border-b border-line align-top">
                <td className="py-1 pr-3">{j.value}</td>
                <td className="py-1 pr-3">{day(j.date)}</td>
                <td className="py-1 pr-3">{t(`values.verdicts.${j.verdict!}`)}</td>
                <td className="py-1">{j.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="font-semibold">{t("report.values.rankings")}</h3>
      {fracties.length === 0 ? (
        <Muted>{t("report.values.noRankings")}</Muted>
      ) : (
        <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={t("report.values.rankings")}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col">{t("report.values.value")}</th>
                {fracties.map((f) => (
                  <th key={f.id} scope="col">
                    {f.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rankings.map((row) => (
                <tr key={row.value.id} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.value.name}
                    {row.differs && <span className="ml-2 text-sm font-medium text-danger">({t("report.values.differs")})</span>}
                  </th>
                  {row.ranks.map((r) => (
                    <td key={r.fractie.id} className="py-1 pr-3">
                      {r.rank === null ? t("report.values.notRanked") : r.rank}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
