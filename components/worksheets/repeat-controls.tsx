"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { RepeatGuests, type RepeatGuestsView } from "@/components/guests/repeat-guests";
import { initialFormState, type FormState } from "@/lib/forms/state";
import type { RepeatMoment } from "@/lib/worksheets/repeats";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Griffier and facilitator: per evaluation moment of step 9, start a herhaling of
 * the worksheet, or close, reopen, release or hide the one started.
 */
export function RepeatControls({ sessionId, canStart, moments, start, control, guests }: {
  sessionId: string;
  canStart: boolean;
  moments: RepeatMoment[];
  start: Action;
  control: Action;
  /** Guests answering a herhaling too (lib/guests/repeats.ts): per herhaling id its view and action. */
  guests?: { sessionAllowsGuests: boolean; repeats: Record<string, { view: RepeatGuestsView; action: Action }> };
}) {
  const tg = useTranslations("guests.repeat");
  const t = useTranslations("worksheet.repeats");
  const tc = useTranslations("worksheet.control");
  const [startResult, startAction, starting] = useActionState(start, initialFormState);
  const [controlResult, controlAction, controlling] = useActionState(control, initialFormState);
  if (moments.length === 0) return <p className="text-muted">{t("noMoments")}</p>;
  return (
    <div className="flex flex-col gap-3">
      {!canStart && <p className="text-muted">{t("notReady")}</p>}
      <ul className="flex flex-col gap-3">
        {moments.map((m) => (
          <li key={m.momentId} className="flex flex-col gap-2 rounded-md border border-line p-3">
            <p>
              <span className="font-medium">{m.date}</span>
              {m.subject ? ` · ${m.subject}` : ""}
            </p>
            {m.repeat === null ? (
              canStart && (
                <form action={startAction}>
                  <input type="hidden" name="sessionId" value={sessionId} />
                  <input type="hidden" name="momentId" value={m.momentId} />
                  {guests?.sessionAllowsGuests && (
                    <label className="mb-2 flex min-h-11 items-center gap-3">
                      <input type="checkbox" name="guests" className="h-5 w-5" />
                      <span>
                        {tg("startWithGuests")} <span className="sr-only">({m.date})</span>
                      </span>
                    </label>
                  )}
                  <Button type="submit" pending={starting}>
                    {t("start", { date: m.date })}
                  </Button>
                </form>
              )
            ) : (
              <>
                <p className="text-sm">
                  {tc("stateLine", { state: tc(`state.${m.repeat.state}`) })} · {m.repeat.resultsReleased ? tc("released") : tc("notReleased")}
                </p>
                {/* One form per herhaling: the pressed button's name=value is the command. */}
                <form action={controlAction} className="flex flex-wrap gap-2">
                  <input type="hidden" name="sessionId" value={sessionId} />
                  <input type="hidden" name="repeatId" value={m.repeat.id} />
                  {([m.repeat.state === "OPEN" ? "close" : "reopen", m.repeat.resultsReleased ? "hide" : "release"] as const).map((command, i) => (
                    <Button key={command} type="submit" name="command" value={command} variant={i === 0 ? "primary" : "secondary"} pending={controlling}>
                      {tc(`commands.${command}`)} <span className="sr-only">({m.date})</span>
                    </Button>
                  ))}
                </form>
                {guests?.repeats[m.repeat.id] && (
                  <RepeatGuests date={m.date} view={guests.repeats[m.repeat.id]!.view} sessionAllowsGuests={guests.sessionAllowsGuests} action={guests.repeats[m.repeat.id]!.action} />
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <FormMessage state={startResult} />
      <FormMessage state={controlResult} />
    </div>
  );
}
