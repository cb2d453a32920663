import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { requireActor } from "@/lib/auth/session";
import { loadLearningShifts, loadLearningTimeline } from "@/lib/learning/learning";
import { ShiftView } from "@/components/worksheets/shift-view";
import type { TimelineEntry } from "@/lib/learning/timeline";
import { canSeeSteps } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learning"))("title") };
}

/** "Hou vol": what the gemeente learned across its sessions, newest first, filterable by theme. */
export default async function LearningPage({ params, searchParams }: { params: Promise<{ gemeente: string }>; searchParams: Promise<{ thema?: string | string[] }> }) {
  const { gemeente } = await params;
  const raw = (await searchParams).thema;
  const theme = typeof raw === "string" && raw.trim() ? raw.trim().slice(0, 200) : undefined;
  const actor = await requireActor(gemeente, "learning.view");
  const [t, tShift, format, timeline, shifts] = await Promise.all([
    getTranslations("learning"),
    getTranslations("worksheet.shift"),
    getFormatter(),
    loadLearningTimeline(actor, { theme }),
    loadLearningShifts(actor, { theme }),
  ]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro", { gemeente: actor.gemeenteName })}</p>
        {!canSeeSteps(actor.role) && <p className="mt-1 text-sm text-muted">{t("raadslidNote")}</p>}
      </div>
      <FilterForm
        submitLabel={t("apply")}
        selects={[
          { name: "thema", label: t("themeFilter"), allLabel: t("allThemes"), value: theme, options: timeline.themes.map((th) => ({ value: th, label: th })) },
        ]}
      />
      {shifts.length > 0 && (
        <section aria-labelledby="verschuiving" className="flex flex-col gap-4">
          <h2 id="verschuiving" className="text-2xl font-semibold">
            {tShift("learningTitle")}
          </h2>
          <p className="max-w-3xl text-muted">{tShift("intro")}</p>
          {shifts.map((s, i) => (
            <section key={s.id} aria-labelledby={`verschuiving-${i}`} className="flex flex-col gap-2">
              <h3 id={`verschuiving-${i}`} className="text-xl font-semibold">
                {s.canOpen ? (
                  <Link href={`/${gemeente}/sessies/${s.id}`} className="text-accent underline">
                    {s.title}
                  </Link>
                ) : (
                  s.title
                )}
              </h3>
              <ShiftView shift={s.shift} idPrefix={`verschuiving-${i}`} headingLevel={4} />
            </section>
          ))}
        </section>
      )}
      <p className="font-medium">{t("count", { count: timeline.entries.length })}</p>
      {timeline.entries.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ol className="relative flex flex-col gap-4 border-l-4 border-accent-soft pl-6">
          {timeline.entries.map((entry) => (
            <li key={entry.key} className="rounded-lg border border-line bg-white p-4">
              <article aria-labelledby={`item-${entry.key}`}>
                <p className="text-sm text-muted">
                  <time dateTime={entry.date}>{date(entry.date)}</time> · {t(`kind.${entry.kind}`)} · {t("theme", { theme: entry.session.theme })}
                </p>
                <h2 id={`item-${entry.key}`} className="text-lg font-semibold">
                  {entry.session.canOpen ? (
                    <Link href={`/${gemeente}/sessies/${entry.session.id}`} className="text-accent underline">
                      {entry.session.title}
                    </Link>
                  ) : (
                    entry.session.title
                  )}
                </h2>
                <EntryBody entry={entry} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

async function EntryBody({ entry }: { entry: TimelineEntry }) {
  const t = await getTranslations("learning");
  const rows: [string, string][] =
    entry.kind === "learning"
      ? [
          [t("worked"), entry.worked],
          [t("didNotWork"), entry.didNotWork],
          [t("risksAccepted"), entry.risksAccepted],
          [t("adjustments"), entry.adjustments],
        ]
      : [
          [t("subject"), entry.subject],
          [t("outcome"), entry.outcome],
          [t("adjustments"), entry.adjustments],
          [t("valuesChecked"), entry.values.join(", ")],
        ];
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
      {rows
        .filter(([, text]) => text.trim())
        .map(([label, text]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="whitespace-pre-line">{text}</dd>
          </div>
        ))}
    </dl>
  );
}
