"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { LiveSnapshot } from "@/lib/live/snapshot";
import { RUNGS } from "@/lib/preparation/rungs";

/**
 * The projector's results, updated by server-sent events. EventSource
 * reconnects by itself; every (re)connect starts with a full snapshot.
 */
export function LiveResults({ initial, streamUrl }: { initial: LiveSnapshot; streamUrl: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [snapshot, setSnapshot] = useState(initial);
  const [connected, setConnected] = useState(false);
  const [revealed, setRevealed] = useState(true);
  // One actor at a time, so the screen at the back of the room never scrolls: the facilitator steps through them.
  const [index, setIndex] = useState(0);
  const shown = snapshot.actors.length === 0 ? 0 : Math.min(index, snapshot.actors.length - 1);

  useEffect(() => {
    const source = new EventSource(streamUrl);
    source.addEventListener("results", (event) => setSnapshot(JSON.parse((event as MessageEvent).data)));
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [streamUrl]);

  return (
    <section aria-labelledby="live-uitslag" className="flex min-h-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="live-uitslag" className="text-4xl font-bold">
          {t("live.results")}
        </h2>
        <div className="flex items-center gap-4">
          <span className="text-2xl" aria-live="polite" data-testid="respondents">
            {t("live.respondents", { count: snapshot.respondents })}
            {snapshot.guests > 0 && <> · {t("live.guests", { count: snapshot.guests })}</>}
          </span>
          <button
            type="button"
            onClick={() => setRevealed((r) => !r)}
            aria-pressed={revealed}
            className="min-h-11 rounded-md border-2 border-white px-5 py-2 text-xl font-semibold hover:bg-white hover:text-black"
          >
            {revealed ? t("live.hide") : t("live.reveal")}
          </button>
        </div>
      </div>
      {/* Readable from the back of the room: large, bold, with a coloured mark that is not the only signal. */}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="flex items-center gap-3 text-3xl font-bold" aria-live="polite" data-testid="connection">
          <span aria-hidden="true" className={`inline-block h-5 w-5 rounded-full ${connected ? "bg-green-400" : "bg-yellow-300"}`} />
          {connected ? t("live.connected") : t("live.reconnecting")}
        </p>
        {/* The round the facilitator steps the room through, and the programme item in progress. */}
        <p className="truncate text-3xl font-bold text-yellow-300" aria-live="polite" data-testid="round">
          {snapshot.round && t(`rounds.projector.${snapshot.round}`)}
          {snapshot.round && snapshot.currentItem && " · "}
          {snapshot.currentItem && t("rounds.projectorItem", { title: snapshot.currentItem })}
        </p>
      </div>
      {snapshot.actors.length > 1 && (
        <div className="flex items-center gap-4">
          <button type="button" onClick={() => setIndex(Math.max(0, shown - 1))} disabled={shown === 0} className="min-h-11 rounded-md border-2 border-white px-5 py-2 text-xl font-semibold disabled:opacity-40">
            ← {t("live.previousActor")}
          </button>
          <span className="text-2xl" data-testid="actor-position">
            {t("worksheet.screens.position", { n: shown + 1, total: snapshot.actors.length })}
          </span>
          <button
            type="button"
            onClick={() => setIndex(Math.min(snapshot.actors.length - 1, shown + 1))}
            disabled={shown === snapshot.actors.length - 1}
            className="min-h-11 rounded-md border-2 border-white px-5 py-2 text-xl font-semibold disabled:opacity-40"
          >
            {t("live.nextActor")} →
          </button>
        </div>
      )}
      {snapshot.anonymous && snapshot.worksheetState === "OPEN" && (
        <p className="text-2xl" data-testid="publication-open">
          {snapshot.publishedAt ? t("worksheet.results.publication.openWithEarlier") : t("worksheet.results.publication.open")}
        </p>
      )}
      {revealed &&
        snapshot.actors.slice(shown, shown + 1).map((actor) => {
          const { summary } = actor;
          if (!summary && snapshot.anonymous && snapshot.worksheetState === "OPEN" && !snapshot.publishedAt) return null;
          const max = Math.max(1, ...RUNGS.map((r) => summary?.distribution[r] ?? 0));
          return (
            <div key={actor.actorId} className="rounded-lg border-2 border-white p-5" data-testid={`actor-${actor.name}`}>
              <h3 className="mb-3 text-3xl font-bold">{actor.name}</h3>
              {summary === null ? (
                <p className="text-2xl">{t("worksheet.results.tooFew", { k: snapshot.minimumGroupSize })}</p>
              ) : (
                <table className="w-full text-2xl">
                  <caption className="sr-only">{t("worksheet.results.tableCaption", { actor: actor.name })}</caption>
                  <tbody>
                    {RUNGS.map((rung) => (
                      <tr key={rung}>
                        <th scope="row" className="w-64 py-1 text-left font-semibold">
                          {t(`preparation.rungs.${rung}.name`)}
                        </th>
                        <td className="py-1">
                          <div className="flex items-center gap-4">
                            {/* An SVG width attribute, not a style attribute: the CSP allows no inline styles. */}
                            <svg className="h-10 w-[70%] shrink-0" aria-hidden="true" focusable="false">
                              <rect className="fill-yellow-300" rx="4" height="100%" width={`${Math.max(0.5, ((summary.distribution[rung] ?? 0) / max) * 100)}%`} />
                            </svg>
                            <span className="font-bold">{summary.distribution[rung] ?? 0}</span>
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {summary && summary.count > 0 && summary.consensus !== null && (
                <p className="mt-4 text-2xl">
                  {t("worksheet.results.consensus", {
                    score: format.number(summary.consensus, { maximumFractionDigits: 2 }),
                    reading: t(`worksheet.results.readings.${summary.reading}` as "worksheet.results.readings.GROOT"),
                  })}
                </p>
              )}
              {actor.named && actor.named.length > 0 && (
                <p className="mt-2 line-clamp-2 text-xl">{actor.named.map((n) => `${n.name ?? t("privacy.removedPerson")}: ${t(`preparation.rungs.${n.rung}.name` as "preparation.rungs.REGULEREN.name")}`).join(" · ")}</p>
              )}
            </div>
          );
        })}
      {/* Guests' cases the facilitator approved; a pending or rejected one never reaches this snapshot. */}
      {snapshot.guestCases.length > 0 && (
        <section aria-labelledby="gastcasussen" className="rounded-lg border-2 border-white p-5" data-testid="guest-cases">
          <h3 id="gastcasussen" className="mb-3 text-3xl font-bold">
            {t("guests.cases.projector")}
          </h3>
          <ul className="flex flex-col gap-3 text-2xl">
            {snapshot.guestCases.slice(-3).map((c) => (
              <li key={c.id}>
                <p className="line-clamp-3">{c.description}</p>
                <p className="text-xl text-yellow-300">
                  {t("guests.cases.from", { group: c.group })}
                  {c.values.length > 0 && <> · {t("guests.cases.valuesList", { values: c.values.join(", ") })}</>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
