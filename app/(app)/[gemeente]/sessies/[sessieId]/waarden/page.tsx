import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/values/case-form";
import { MergeValuesForm } from "@/components/values/merge-values-form";
import { ValueLinkForm } from "@/components/values/value-link-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { sessionOrNotFound } from "@/lib/council-sessions/page-data";
import { toStepsInput } from "@/lib/preparation/load";
import { addCaseAction, linkSessionValueAction, mergeValuesAction } from "@/lib/values/actions";
import { listValues, valueMap } from "@/lib/values/values";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("values"))("title") };
}

export default async function ValuesPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const session = await sessionOrNotFound(actor, sessieId);
  const [map, values, t, format] = await Promise.all([
    orNotFound(valueMap(actor, session.id)),
    listValues(actor),
    getTranslations("values"),
    getFormatter(),
  ]);
  const prepare = can(actor.role, "sessions.prepare");
  const moments = toStepsInput(session.steps)[9].data.evaluationMoments.map((m) => ({
    id: m.id,
    label: `${format.dateTime(new Date(`${m.date}T12:00:00Z`), { dateStyle: "long" })}${m.subject ? ` — ${m.subject}` : ""}`,
  }));
  const bind = <A extends unknown[], R>(fn: (g: string, s: string, ...rest: A) => R) => fn.bind(null, gemeente, session.id);

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
      </div>

      <Card id="kaart" title={t("map")}>
        <p className="mb-3 text-sm text-muted">{t("mapIntro")}</p>
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
                {v.link?.indicator && <p className="mt-1 text-sm">{t("linkedTo", { indicator: v.link.indicator })}</p>}
                {prepare && (
                  <details className="mt-2">
                    <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
                      {t("link")}
                      <span className="sr-only"> {v.name}</span>
                    </summary>
                    <ValueLinkForm
                      valueId={v.id}
                      valueName={v.name}
                      indicator={v.link?.indicator ?? ""}
                      momentId={v.link?.evaluationMomentId ?? null}
                      moments={moments}
                      action={bind(linkSessionValueAction)}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {can(actor.role, "cases.contribute") && (
        <Card id="casus-toevoegen" title={t("addTitle")}>
          <CaseForm values={values} action={bind(addCaseAction)} />
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
              </li>
            ))}
          </ul>
        )}
      </Card>

      {prepare && values.length > 1 && (
        <Card id="samenvoegen" title={t("merge")}>
          <MergeValuesForm values={values} action={bind(mergeValuesAction)} />
        </Card>
      )}
    </div>
  );
}
