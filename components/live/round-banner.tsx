"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { LiveRoundName } from "@/lib/validation/live-rounds";

/**
 * On a phone: the round the facilitator steps the room through, following the live stream
 * (server-sent events; EventSource reconnects by itself and every connect starts with the
 * current round). Without JavaScript the page shows the round it was served with.
 */
export function RoundBanner({ initial, streamUrl }: { initial: LiveRoundName | null; streamUrl: string }) {
  const t = useTranslations("rounds.phone");
  const [round, setRound] = useState(initial);
  useEffect(() => {
    const source = new EventSource(streamUrl);
    source.addEventListener("round", (event) => setRound((JSON.parse((event as MessageEvent).data) as { round: LiveRoundName | null }).round));
    return () => source.close();
  }, [streamUrl]);
  return (
    <p aria-live="polite" data-testid="phone-round" className={round ? "rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3 font-medium text-accent" : "sr-only"}>
      {round ? t(round) : ""}
    </p>
  );
}
