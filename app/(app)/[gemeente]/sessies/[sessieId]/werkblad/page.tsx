import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { AnswerCard } from "@/components/worksheets/answer-card";
import { requireActor } from "@/lib/auth/session";
import { saveAnswerAction } from "@/lib/worksheets/actions";
import { myWorksheet } from "@/lib/worksheets/answers";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worksheet"))("myTitle") };
}

/** The raadslid's worksheet, designed for a phone first. */
export default async function WorksheetPage({ params }: { params: Promise<{ gemeente: string; sessieId: string }> }) {
  const { gemeente, sessieId } = await params;
  const actor = await requireActor(gemeente, "worksheets.answer");
  const worksheet = await orNotFound(myWorksheet(actor, sessieId));
  const t = await getTranslations("worksheet");
  const closed = worksheet.state !== "OPEN";
  const answered = new Map(worksheet.answers.map((a) => [a.actorId, a]));
  const base = `/${gemeente}/sessies/${sessieId}`;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <nav aria-label={t("myTitle")}>
        <Link href={base} className="text-accent underline">
          ← {t("title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("myTitle")}</h1>
      <p className="text-lg">{worksheet.question}</p>
      <p className="text-muted">
        {t("intro")} {worksheet.anonymous ? t("anonymousNote") : t("namedNote")}
      </p>
      {closed && <Notice tone="info">{t("closed")}</Notice>}
      <p className="font-medium">{t("answered", { done: answered.size, total: worksheet.actors.length })}</p>
      {worksheet.actors.map((a) => (
        <AnswerCard key={a.id} actor={a} answer={answered.get(a.id)} closed={closed} promise={worksheet.anonymous ? "anonymous" : "named"} action={saveAnswerAction.bind(null, gemeente, sessieId)} />
      ))}
      {worksheet.resultsReleased && (
        <Link href={`${base}/werkblad/uitslag`} className="inline-flex min-h-11 items-center self-start rounded-md bg-accent px-4 py-2 font-medium text-white">
          {t("toResults")}
        </Link>
      )}
    </div>
  );
}
