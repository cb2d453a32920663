import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { WorksheetScreens, screenIndex } from "@/components/worksheets/worksheet-screens";
import { requireActor } from "@/lib/auth/session";
import { saveAnswerAction } from "@/lib/worksheets/actions";
import { myWorksheetPage } from "@/lib/worksheets/answers";
import { RoundBanner } from "@/components/live/round-banner";
import { RoomNote } from "@/components/worksheets/room-note";
import { orNotFound } from "@/lib/not-found";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worksheet"))("myTitle") };
}

/** The raadslid's worksheet, designed for a phone first. */
async function WorksheetPage({ params, searchParams }: { params: Promise<{ gemeente: string; sessieId: string }>; searchParams: Promise<{ rolspeler?: string | string[] }> }) {
  const [{ gemeente, sessieId }, { rolspeler }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(gemeente, "worksheets.answer");
  // Two statements: who is signed in; the worksheet with its open herhalingen, the room for input and the round.
  const [worksheet, t] = await Promise.all([orNotFound(myWorksheetPage(actor, sessieId)), getTranslations("worksheet")]);
  const { room, round } = worksheet;
  const repeats = worksheet.openRepeats;
  const closed = worksheet.state !== "OPEN";
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
      {repeats.length > 0 && (
        <Notice tone="info">
          <p>{t("repeats.openNote")}</p>
          <ul>
            {repeats.map((r) => (
              <li key={r.id}>
                <Link href={`${base}/werkblad/herhaling/${r.id}`} className="text-accent underline">
                  {t("repeats.answerLink", { date: r.date })}
                </Link>
                {r.subject ? ` · ${r.subject}` : ""}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <RoundBanner initial={round} streamUrl={`${base}/ronde`} />
      {closed && <Notice tone="info">{t("closed")}</Notice>}
      {room && <RoomNote room={room} audience="council" />}
      <WorksheetScreens
        actors={worksheet.actors}
        answers={worksheet.answers}
        index={screenIndex(rolspeler, worksheet.actors.length)}
        href={(n) => `${base}/werkblad?rolspeler=${n}`}
        closed={closed}
        promise={worksheet.anonymous ? "anonymous" : "named"}
        action={saveAnswerAction.bind(null, gemeente, sessieId)}
        storageKey={`beraad-antwoord:${actor.membershipId}:${sessieId}`}
      />
      {worksheet.resultsReleased && (
        <Link href={`${base}/werkblad/uitslag`} className="inline-flex min-h-11 items-center self-start rounded-md bg-accent px-4 py-2 font-medium text-white">
          {t("toResults")}
        </Link>
      )}
    </div>
  );
}

export default withClientMessages("(app)/[gemeente]/sessies/[sessieId]/werkblad/page", WorksheetPage);
