import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/values/case-form";
import { MergeValuesForm } from "@/components/values/merge-values-form";
import { RankingForm } from "@/components/values/ranking-form";
import { TensionForm } from "@/components/values/tension-form";
import { ValueLinkForm } from "@/components/values/value-link-form";
import { VerdictForm } from "@/components/values/verdict-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { sessionOrNotFound } from "@/lib/council-sessions/page-data";
import { fractieRankings } from "@/lib/fracties/fracties";
import { rankingTable } from "@/lib/fracties/table";
import { addCaseAction, addTensionAction, linkSessionValueAction, mergeValuesAction, saveRankingAction, saveVerdictAction } from "@/lib/values/actions";
import { listValues, valueMap, valueSuggestions } from "@/lib/values/values";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("values"))("title") };
}

const verdictStyle = {
  OP_KOERS: "border-ok text-ok bg-ok-soft",
  BIJSTUREN: "border-danger text-danger bg-danger-soft",
  NIET_TE_BEOORDELEN: "border-muted text-muted bg-white",
} as const;

async function ValuesPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const session = await sessionOrNotFound(actor, sessieId);
  const [map, named, ranking, t, format] = await Promise.all([
    orNotFound(valueMap(actor, session.id)),
    listValues(actor),
    fractieRankings(actor, session.id),
    getTranslations("values"),
    getFormatter(),
  ]);
  const prepare = can(actor.role, "sessions.prepare");
  const contribute = can(actor.role, "cases.contribute");
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "long" });
  const moments = map.moments.map((m) => ({ id: m.id, label: `${day(m.date)}${m.subject ? ` — ${m.subject}` : ""}` }));
  const bind = <A extends unknown[], R>(fn: (g: string, s: string, ...rest: A) => R) => fn.bind(null, gemeente, session.id);
  const { starting } = valueSuggestions(named);
  const sessionValues = map.values.map((v) => ({ id: v.id, name: v.name }));
  const table = rankingTable(sessionValues, ranking.fracties, ranking.rankings);
  const rankedFracties = table[0]?.ranks.map((r) => r.fractie) ?? [];
  const rankFor = can(actor.role, "values.rankAnyFractie") ? ranking.fracties : ranking.fracties.filter((f) => f.id === ranking.ownFractieId);
  const current: Record<string, Record<string, number>> = {};
  for (const r of ranking.rankings) (current[r.fractieId] ??= {})[r.valueId] = r.rank;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <nav aria-label={t("title")}>
        <Link href={`/${gemeente}/sessies/${session.id}`} className="text-accent underline">
          ← {session.title}
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
        <p className="mt-2 text-sm text-muted">{t("source")}</p>
      </div>

      <Card id="kaart" title={t("map")}>
        <p className="mb-1 text-sm text-muted">{t("mapIntro")}</p>
        <p className="mb-3 text-sm font-medium">{t("countsNotWeight")}</p>
        {map.values.length === 0 ? (
          <p className="text-muted">{t("noCases")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {map.values.map((v) => (
              <li key={v.id} className="rounded-md border border-line p-3">
                <h3 className="text-lg font-semibold">
                  {v.name} <span className="text-base font-normal text-muted">({t("named", { count: v.count })})</span>
                </h3>
                <ul className="list-disc pl-5 text-sm">
                  {v.cases.map((c) => (
                    <li key={c.id}>{c.description}</li>
                  ))}
                </ul>
                {v.link?.indicator && (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium">{t("indicatorShort")}</dt>
                    <dd>{v.link.indicator}</dd>
                    {(v.link.baseline || v.link.target) && (
                      <>
                        <dt className="font-medium">{t("baselineToTarget")}</dt>
                        <dd>{t("fromTo", { baseline: v.link.baseline || "—", target: v.link.target || "—" })}</dd>
                      </>
                    )}
                    {v.link.indicatorSource && (
                      <>
                        <dt className="font-medium">{t("indicatorSourceShort")}</dt>
                        <dd>{v.link.indicatorSource}</dd>
                      </>
                    )}
                    {v.link.programmeName && (
                      <>
                        <dt className="font-medium">{t("programmeShort")}</dt>
                        <dd>
                          {v.link.programmeUrl ? (
                            <a href={v.link.programmeUrl} className="text-accent underline" rel="noreferrer">
                              {v.link.programmeName}
                            </a>
                          ) : (
                            v.link.programmeName
                          )}
                        </dd>
                      </>
                    )}
                  </dl>
                )}
                {v.trail.length > 0 && (
                  <div className="mt-3">
                    <h4 className="font-medium">{t("trail", { value: v.name })}</h4>
                    <ol className="mt-1 flex flex-col gap-1 text-sm" aria-label={t("trail", { value: v.name })}>
                      {v.trail.map((step) => (
                        <li key={step.momentId} className="flex flex-wrap items-baseline gap-2">
                          <span>{day(step.date)}</span>
                          {step.verdict ? (
                            <span className={`rounded-full border px-2 py-0.5 font-medium ${verdictStyle[step.verdict]}`}>{t(`verdicts.${step.verdict}`)}</span>
                          ) : (
                            <span className="text-muted">{t("noVerdict")}</span>
                          )}
                          {step.evidence && <span className="text-muted">{step.evidence}</span>}
                        </li>
                      ))}
                    </ol>
                  </div>
                )}
                {prepare && (
                  <details className="mt-2">
                    <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                      {t("link")}
                      <span className="sr-only"> {v.name}</span>
                    </summary>
                    <ValueLinkForm valueId={v.id} valueName={v.name} link={v.link} moments={moments} action={bind(linkSessionValueAction)} />
                  </details>
                )}
                {prepare && moments.length > 0 && (
                  <details className="mt-1">
                    <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                      {t("judge")}
                      <span className="sr-only"> {v.name}</span>
                    </summary>
                    <VerdictForm valueId={v.id} valueName={v.name} moments={moments} action={bind(saveVerdictAction)} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="spanningen" title={t("tensions")}>
        <p className="mb-3 text-sm text-muted">{t("tensionsIntro")}</p>
        {map.tensions.length === 0 ? (
          <p className="text-muted">{t("noTensions")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {map.tensions.map((tension) => (
              <li key={`${tension.a}|${tension.b}`} className="rounded-md border border-line p-3">
                <h3 className="font-semibold">{t("versus", { a: tension.a, b: tension.b })}</h3>
                <ul className="list-disc pl-5 text-sm">
                  {tension.cases.map((c) => (
                    <li key={c.id}>
                      {c.description}
                      {c.note && <span className="text-muted"> — {c.note}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="fracties" title={t("fracties")}>
        <p className="mb-3 text-sm font-medium">{t("countsNotWeight")}</p>
        {rankedFracties.length === 0 ? (
          <p className="text-muted">{ranking.fracties.length === 0 ? t("noFracties") : t("noRankings")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="mb-2 text-left text-muted">{t("rankingCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3">{t("value")}</th>
                  {rankedFracties.map((f) => (
                    <th key={f.id} scope="col" className="py-1 pr-3">{f.name}</th>
                  ))}
                  <th scope="col" className="py-1">{t("differ")}</th>
                </tr>
              </thead>
              <tbody>
                {table.map((row) => (
                  <tr key={row.value.id} className={`border-t border-line ${row.differs ? "bg-warn-soft" : ""}`}>
                    <th scope="row" className="py-1 pr-3 font-medium">{row.value.name}</th>
                    {row.ranks.map((r) => (
                      <td key={r.fractie.id} className="py-1 pr-3">{r.rank ?? t("notRankedShort")}</td>
                    ))}
                    <td className="py-1">{row.differs ? t("differs") : t("agrees")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {can(actor.role, "values.rank") && sessionValues.length > 0 && (
          rankFor.length > 0 ? (
            <details className="mt-4" open={ranking.rankings.length === 0 || undefined}>
              <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{t("rankTitle")}</summary>
              <RankingForm fracties={rankFor} values={sessionValues} current={current} action={bind(saveRankingAction)} />
            </details>
          ) : (
            <div className="mt-4"><Notice tone="info">{t("noOwnFractie")}</Notice></div>
          )
        )}
      </Card>

      {contribute && (
        <Card id="casus-toevoegen" title={t("addTitle")}>
          <CaseForm named={named} starting={starting} action={bind(addCaseAction)} />
        </Card>
      )}

      <Card id="casussen" title={t("cases")}>
        {map.cases.length === 0 ? (
          <p className="text-muted">{t("noCases")}</p>
        ) : (
          <ul className="divide-y divide-line">
            {map.cases.map((c) => (
              <li key={c.id} className="py-3">
                <p>{c.description}</p>
                <p className="text-sm text-muted">
                  {c.source && `${c.source} · `}
                  {c.values.map((v) => v.name).join(", ")}
                </p>
                {c.tensions.length > 0 && (
                  <p className="text-sm">{c.tensions.map((x) => t("versus", { a: x.valueA.name, b: x.valueB.name })).join(" · ")}</p>
                )}
                {contribute && c.values.length > 1 && (
                  <details className="mt-1">
                    <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                      {t("tensionAdd")}
                      <span className="sr-only">: {c.description}</span>
                    </summary>
                    <TensionForm caseId={c.id} values={c.values} action={bind(addTensionAction)} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {prepare && named.length > 1 && (
        <Card id="samenvoegen" title={t("merge")}>
          <MergeValuesForm values={named} action={bind(mergeValuesAction)} />
        </Card>
      )}
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/waarden/page", ValuesPage);
