import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GuestShell } from "@/components/guests/guest-shell";
import { Notice } from "@/components/ui/notice";
import { WorksheetScreens, screenIndex } from "@/components/worksheets/worksheet-screens";
import { guestPath, requireGuest } from "@/lib/auth/guest";
import { saveGuestAnswerAction, submitGuestCaseAction } from "@/lib/guests/actions";
import { guestCaseCount, guestCaseValues } from "@/lib/guests/cases";
import { GuestCaseForm } from "@/components/guests/guest-case-form";
import { guestWorksheet } from "@/lib/guests/answers";
import { guestWorksheetRoom } from "@/lib/worksheets/room";
import { guestRound } from "@/lib/live/rounds";
import { RoundBanner } from "@/components/live/round-banner";
import { RoomNote } from "@/components/worksheets/room-note";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guests.worksheet"))("title") };
}

/** A guest's worksheet: the same questions as the raadsleden, always anonymous, on their phone. */
async function GuestWorksheetPage({ params, searchParams }: { params: Promise<{ sessieId: string }>; searchParams: Promise<{ rolspeler?: string | string[] }> }) {
  const [{ sessieId }, { rolspeler }] = await Promise.all([params, searchParams]);
  const guest = await requireGuest(sessieId);
  const [worksheet, room, { round }, caseValues, casesSent] = await Promise.all([guestWorksheet(guest), guestWorksheetRoom(guest), guestRound(guest), guestCaseValues(guest), guestCaseCount(guest)]);
  const [t, tw] = await Promise.all([getTranslations("guests.worksheet"), getTranslations("worksheet")]);
  return (
    <GuestShell>
      <p className="text-sm text-muted">
        {guest.nickname ? t("welcomeNamed", { name: guest.nickname, group: guest.group }) : t("welcome", { group: guest.group })}
      </p>
      <h1 className="text-2xl font-semibold">{guest.sessionTitle}</h1>
      <RoundBanner initial={round} streamUrl={`${guestPath(sessieId)}/ronde`} />
      {!worksheet ? (
        <>
          <Notice tone="info">{t("notOpen")}</Notice>
          <Link href={guestPath(sessieId)} className="inline-flex min-h-11 items-center self-start text-accent underline">
            {t("reload")}
          </Link>
        </>
      ) : (
        <>
          <p className="text-lg">{worksheet.question}</p>
          <p className="text-muted">
            {t("intro")} {t("anonymousNote")}
          </p>
          {worksheet.state !== "OPEN" && <Notice tone="info">{tw("closed")}</Notice>}
          {room && <RoomNote room={room} audience="participants" />}
          <WorksheetScreens
            actors={worksheet.actors}
            answers={worksheet.guestAnswers}
            index={screenIndex(rolspeler, worksheet.actors.length)}
            href={(n) => `${guestPath(sessieId)}?rolspeler=${n}`}
            closed={worksheet.state !== "OPEN"}
            promise="anonymous"
            action={saveGuestAnswerAction.bind(null, sessieId)}
            storageKey={`beraad-gast-antwoord:${guest.id}`}
          />
          {worksheet.resultsReleased && (
            <Link href={`${guestPath(sessieId)}/uitslag`} className="inline-flex min-h-11 items-center self-start rounded-md bg-accent px-4 py-2 font-medium text-white">
              {tw("toResults")}
            </Link>
          )}
        </>
      )}
      <GuestCaseForm values={caseValues} sent={casesSent} action={submitGuestCaseAction.bind(null, sessieId)} />
    </GuestShell>
  );
}

export default withClientMessages("gast/[sessieId]/page", GuestWorksheetPage);
