"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import type { LiveProgramme } from "@/lib/live/rounds";
import { LIVE_ROUNDS, type ProgrammeCommand } from "@/lib/validation/live-rounds";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The facilitator's direction while live: which round the room is in (phones and projector
 * follow), and the programme — do an item now, skip or put back, add time, move. Plain form
 * posts, so it works before the script loads. One form for the rounds and one per programme
 * item: the pressed button is the choice (its name=value is part of the post, with or without
 * JavaScript), so the page does not repeat React's hidden action fields for every button.
 */
export function LiveDirector({ programme, roundAction, steerAction }: { programme: LiveProgramme; roundAction: Action; steerAction: Action }) {
  const t = useTranslations("rounds");
  const tc = useTranslations("clock");
  const [roundResult, setRound, roundPending] = useActionState(roundAction, initialFormState);
  const [steerResult, steer, steerPending] = useActionState(steerAction, initialFormState);
  const commands = (item: LiveProgramme["items"][number], i: number): ProgrammeCommand[] => [
    ...(item.current ? [] : (["current"] as const)),
    item.skipped ? "unskip" : "skip",
    "addTime",
    ...(i > 0 ? (["up"] as const) : []),
    ...(i < programme.items.length - 1 ? (["down"] as const) : []),
  ];
  return (
    <div className="flex flex-col gap-4">
      <p>{t("intro")}</p>
      <p className="font-semibold" data-testid="director-round">{t("roundNow", { round: programme.round ?? "GEEN" })}</p>
      <form action={setRound} className="flex flex-wrap gap-2">
        {[...LIVE_ROUNDS, "GEEN" as const].map((round) => (
          <Button key={round} type="submit" name="round" value={round} variant={programme.round === round ? "primary" : "secondary"} pending={roundPending}>
            {t("set", { round })}
          </Button>
        ))}
      </form>
      <FormMessage state={roundResult} />
      <h3 className="text-lg font-semibold">{t("programme")}</h3>
      {programme.items.length === 0 ? (
        <p className="text-muted">{t("noProgramme")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {programme.items.map((item, i) => (
            <li key={item.id} className={`rounded-md border p-3 ${item.current ? "border-accent bg-accent-soft" : "border-line"}`}>
              <p className={item.skipped ? "text-muted line-through" : "font-medium"}>
                {item.startTime && item.endTime && <span className="mr-2 tabular-nums">{tc("times", { start: item.startTime, end: item.endTime })}</span>}
                {item.title} — {t("minutes", { minutes: item.durationMinutes })}
                {item.current && <span className="ml-2 font-semibold text-accent">({t("current")})</span>}
                {item.skipped && <span className="ml-2">({t("skippedLabel")})</span>}
              </p>
              <form action={steer} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="itemId" value={item.id} />
                {commands(item, i).map((command) => (
                  <Button key={command} type="submit" name="command" value={command} variant="secondary" pending={steerPending}>
                    {t(`commands.${command}`)}
                    <span className="sr-only">: {item.title}</span>
                  </Button>
                ))}
              </form>
            </li>
          ))}
        </ol>
      )}
      {programme.items.length > 0 && (
        <p className={programme.overrunMinutes > 0 ? "font-semibold text-danger" : "text-muted"} data-testid="programme-end">
          {programme.overrunMinutes > 0 ? tc("overrun", { minutes: programme.overrunMinutes, endsAt: programme.sessionEnd ?? "", time: programme.endTime }) : tc("ends", { time: programme.endTime })}
        </p>
      )}
      <FormMessage state={steerResult} />
    </div>
  );
}
