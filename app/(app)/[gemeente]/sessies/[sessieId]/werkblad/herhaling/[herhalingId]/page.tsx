import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { WorksheetScreens, screenIndex } from "@/components/worksheets/worksheet-screens";
import { requireActor } from "@/lib/auth/session";
import { saveRepeatAnswerAction } from "@/lib/worksheets/actions";
import { myWorksheet } from "@/lib/worksheets/answers";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worksheet.repeats"))("myTitle") };
}

/** A raadslid answers a herhaling of the worksheet (lib/worksheets/repeats.ts), as they answered the first round. */
async function RepeatWorksheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ gemeente: string; sessieId: string; herhalingId: string }>;
  searchParams: Promise<{ rolspeler?: string | string[] }>;
}) {
  const [{ gemeente, sessieId, herhalingId }, { rolspeler }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(gemeente, "worksheets.answer");
  const worksheet = await orNotFound(myWorksheet(actor, sessieId, herhalingId));
  const [t, tr] = await Promise.all([getTranslations("worksheet"), getTranslations("worksheet.repeats")]);
  const closed = worksheet.state !== "OPEN";
  const base = `/${gemeente}/sessies/${sessieId}`;
  const here = `${base}/werkblad/herhaling/${herhalingId}`;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <nav aria-label={tr("myTitle")}>
        <Link href={base} className="text-accent underline">
          ← {t("title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold sm:text-3xl">{tr("myTitle")}</h1>
      <p className="text-lg">{worksheet.question}</p>
      <p className="text-muted">
        {tr("intro")} {worksheet.anonymous ? t("anonymousNote") : t("namedNote")}
      </p>
      {closed && <Notice tone="info">{t("closed")}</Notice>}
      <WorksheetScreens
        actors={worksheet.actors}
        answers={worksheet.answers}
        index={screenIndex(rolspeler, worksheet.actors.length)}
        href={(n) => `${here}?rolspeler=${n}`}
        closed={closed}
        promise={worksheet.anonymous ? "anonymous" : "named"}
        action={saveRepeatAnswerAction.bind(null, gemeente, sessieId, herhalingId)}
        storageKey={`beraad-antwoord:${actor.membershipId}:${herhalingId}`}
      />
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/werkblad/herhaling/[herhalingId]/page", RepeatWorksheetPage);
