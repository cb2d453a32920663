import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GroupsBeside } from "@/components/guests/groups-beside";
import { GuestShell } from "@/components/guests/guest-shell";
import { ActorResultView } from "@/components/worksheets/actor-result";
import { guestPath, requireGuest } from "@/lib/auth/guest";
import { guestResults } from "@/lib/guests/results";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worksheet.results"))("title") };
}

/** The released results for a guest: the council's figures per actor, with each guest group's beside them. */
export default async function GuestResultsPage({ params }: { params: Promise<{ sessieId: string }> }) {
  const { sessieId } = await params;
  const guest = await requireGuest(sessieId);
  const results = await orNotFound(guestResults(guest));
  const [t, tg] = await Promise.all([getTranslations("worksheet"), getTranslations("guests.worksheet")]);
  return (
    <GuestShell>
      <nav aria-label={t("results.title")}>
        <Link href={guestPath(sessieId)} className="text-accent underline">
          ← {tg("title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("results.title")}</h1>
      <p className="text-lg">{results.question}</p>
      <p className="text-sm text-muted">{t("results.consensusSource")}</p>
      {results.actors.map((a) => (
        <ActorResultView key={a.actorId} result={a} minimumGroupSize={results.minimumGroupSize}>
          <GroupsBeside result={a} minimumGroupSize={results.minimumGroupSize} />
        </ActorResultView>
      ))}
    </GuestShell>
  );
}
