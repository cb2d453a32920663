import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GuestShell } from "@/components/guests/guest-shell";
import { WorksheetScreens, screenIndex } from "@/components/worksheets/worksheet-screens";
import { repeatGuestPath, requireRepeatGuest } from "@/lib/auth/guest";
import { saveRepeatGuestAnswerAction } from "@/lib/guests/actions";
import { repeatGuestWorksheet } from "@/lib/guests/repeats";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guests.repeat"))("title") };
}

/**
 * A guest answers a herhaling (lib/guests/repeats.ts) on their phone, as in the
 * first round: one actor per screen, plain form posts, always anonymous. Only the
 * guest who joined this herhaling, and only while it is open to guests.
 */
async function RepeatGuestPage({ params, searchParams }: { params: Promise<{ herhalingId: string }>; searchParams: Promise<{ rolspeler?: string | string[] }> }) {
  const [{ herhalingId }, { rolspeler }] = await Promise.all([params, searchParams]);
  const guest = await requireRepeatGuest(herhalingId);
  const worksheet = await repeatGuestWorksheet(guest);
  if (!worksheet) notFound();
  const [t, tg] = await Promise.all([getTranslations("guests.repeat"), getTranslations("guests.worksheet")]);
  return (
    <GuestShell>
      <p className="text-sm text-muted">
        {guest.nickname ? tg("welcomeNamed", { name: guest.nickname, group: guest.group }) : tg("welcome", { group: guest.group })}
      </p>
      <h1 className="text-2xl font-semibold">{guest.sessionTitle}</h1>
      <p className="font-medium">{worksheet.subject ? t("momentWithSubject", { date: worksheet.date, subject: worksheet.subject }) : t("moment", { date: worksheet.date })}</p>
      <p className="text-lg">{worksheet.question}</p>
      <p className="text-muted">
        {t("intro")} {tg("anonymousNote")}
      </p>
      <WorksheetScreens
        actors={worksheet.actors}
        answers={worksheet.guestAnswers}
        index={screenIndex(rolspeler, worksheet.actors.length)}
        href={(n) => `${repeatGuestPath(herhalingId)}?rolspeler=${n}`}
        closed={false}
        promise="anonymous"
        action={saveRepeatGuestAnswerAction.bind(null, herhalingId)}
        storageKey={`beraad-gast-herhaling-antwoord:${guest.id}`}
      />
    </GuestShell>
  );
}

export default withClientMessages("gast/herhaling/[herhalingId]/page", RepeatGuestPage);
