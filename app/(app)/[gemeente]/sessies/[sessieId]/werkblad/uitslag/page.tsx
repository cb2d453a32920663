import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PurgedNote } from "@/components/privacy/purged-note";
import { GroupsBeside } from "@/components/guests/groups-beside";
import { ActorResultView } from "@/components/worksheets/actor-result";
import { PublicationNote } from "@/components/worksheets/publication-note";
import { requireActor } from "@/lib/auth/session";
import { worksheetResults } from "@/lib/worksheets/results";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worksheet.results"))("title") };
}

export default async function ResultsPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "sessions.view");
  const results = await orNotFound(worksheetResults(actor, sessieId));
  const t = await getTranslations("worksheet");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <nav aria-label={t("results.title")}>
        <Link href={`/${gemeente}/sessies/${sessieId}`} className="text-accent underline">
          ← {t("title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("results.title")}</h1>
      <p className="text-lg">{results.question}</p>
      <p>{t("results.respondents", { count: results.respondents })}</p>
      <PurgedNote purgedAt={results.answersPurgedAt} />
      <PublicationNote results={results} />
      <p className="text-sm text-muted">{t("results.consensusSource")}</p>
      {results.actors.map((a) => (
        <ActorResultView key={a.actorId} result={a} minimumGroupSize={results.minimumGroupSize}>
          <GroupsBeside result={a} minimumGroupSize={results.minimumGroupSize} />
        </ActorResultView>
      ))}
    </div>
  );
}
