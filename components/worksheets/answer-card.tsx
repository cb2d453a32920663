"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { Notice } from "@/components/ui/notice";
import { useAutosave } from "@/components/forms/use-autosave";
import type { AnswerSaved, FormAction } from "@/lib/forms/state";
import { RUNGS } from "@/lib/preparation/rungs";
import { useAnswered } from "./answered";

/**
 * One actor of the role-choice worksheet, one screen on a phone: where the role is now
 * (optional), where it should be, and a motivation. Autosaved (components/forms/use-autosave.ts:
 * kept on the device until the server has it, sent again after a dropped connection);
 * the button saves on purpose and works without JavaScript.
 */
export function AnswerCard({ actor, answer, closed, promise, action, storageKey }: {
  actor: { id: string; name: string };
  /** What the page told the raadslid about names; the server keeps the answer only under this promise. */
  promise: "anonymous" | "named";
  answer?: { rung: string; nowRung?: string | null; motivation: string };
  closed: boolean;
  action: FormAction<AnswerSaved>;
  /** Where unsent input is kept on the device (components/forms/use-autosave.ts). */
  storageKey: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const { form, state, formAction, phase, schedule, saveNow } = useAutosave({
    action,
    storageKey,
    enabled: !closed,
    ready: (data) => Boolean(data.get("rung")),
  });
  const answered = useAnswered();
  // After a post without JavaScript the page's one card gets the answer: only this actor's own counts.
  const mine = state.data?.actorId ? state.data.actorId === actor.id : state.values?.actorId === undefined || state.values.actorId === actor.id;
  const legendId = `actor-${actor.id}`;
  const savedAt = mine && state.status === "success" && state.data?.savedAt ? new Date(state.data.savedAt) : null;
  const status =
    phase === "saving"
      ? t("worksheet.saving")
      : phase === "offline"
        ? t("worksheet.offline")
        : phase === "unsaved"
          ? t("worksheet.unsaved")
          : savedAt
            ? t("worksheet.savedAt", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) })
            : "";
  const echoed = mine && state.status === "error" ? state.values : undefined;
  const rungError = mine && state.status === "error" ? state.fieldErrors?.rung?.join(" ") : undefined;
  const errorId = `fout-${actor.id}`;

  // A save the server accepted counts this actor as answered (the "x van 4 ingevuld" counter).
  useEffect(() => {
    if (mine && state.status === "success") answered.mark(actor.id);
  }, [state, mine, answered, actor.id]);

  // A refused save puts the keyboard in the group to fix; the message is linked to it.
  useEffect(() => {
    if (rungError) form.current?.querySelector<HTMLInputElement>('input[name="rung"]')?.focus();
  }, [state, rungError, form]);

  return (
    <form
      ref={form}
      action={formAction}
      onChange={() => schedule()}
      onSubmit={(event) => {
        event.preventDefault();
        saveNow();
      }}
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <input type="hidden" name="actorId" value={actor.id} />
      <input type="hidden" name="promise" value={promise} />
      <fieldset disabled={closed} aria-labelledby={legendId} aria-describedby={rungError ? errorId : undefined} className="flex min-w-0 flex-col gap-1">
        <h2 id={legendId} className="mb-1 text-lg font-semibold">
          {t("worksheet.rungLegend", { actor: actor.name })}
        </h2>
        {/* Where the role is now: compact, optional. "Nu:" keeps the two groups' radios apart for a screen reader. */}
        <fieldset className="mb-2 flex min-w-0 flex-col gap-1">
          <legend className="mb-1 font-medium">{t("worksheet.nowLegend")}</legend>
          <div className="flex flex-wrap gap-1">
            {RUNGS.map((rung) => (
              <label key={rung} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                <input type="radio" name="nowRung" value={rung} defaultChecked={(echoed?.nowRung ?? answer?.nowRung) === rung} className="h-5 w-5 shrink-0" />
                <span>
                  <span className="sr-only">{t("worksheet.nowPrefix")} </span>
                  {t(`preparation.rungs.${rung}.name`)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="font-medium">{t("worksheet.desiredLegend")}</p>
        {rungError && (
          <p id={errorId} className="font-medium text-danger">
            {rungError}
          </p>
        )}
        {/* The explanations open on tap, so the five rungs fit on one phone screen; before the choices, so Tab goes from the choice to the motivation. */}
        <details className="text-sm">
          <summary className="flex min-h-11 cursor-pointer items-center text-accent underline">{t("worksheet.explain")}</summary>
          <dl className="flex flex-col gap-1 pb-2">
            {RUNGS.map((rung) => (
              <div key={rung}>
                <dt className="font-medium">{t(`preparation.rungs.${rung}.name`)}</dt>
                <dd className="text-muted">{t(`preparation.rungs.${rung}.explanation`)}</dd>
              </div>
            ))}
          </dl>
          <p className="pb-2 text-xs text-muted">{t("preparation.rungs.source")}</p>
        </details>
        {RUNGS.map((rung) => (
          <label key={rung} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md p-2 has-[:checked]:bg-accent-soft">
            <input type="radio" name="rung" value={rung} defaultChecked={(echoed?.rung ?? answer?.rung) === rung} className="h-5 w-5 shrink-0" />
            <span className="font-medium">{t(`preparation.rungs.${rung}.name`)}</span>
          </label>
        ))}
        <label htmlFor={`motivatie-${actor.id}`} className="mt-2 font-medium">
          {t("worksheet.motivation")}
        </label>
        {promise === "anonymous" && (
          <p id={`motivatie-hint-${actor.id}`} className="text-sm text-muted">
            {t("worksheet.motivationAnonymousHint")}
          </p>
        )}
        <textarea
          id={`motivatie-${actor.id}`}
          aria-describedby={promise === "anonymous" ? `motivatie-hint-${actor.id}` : undefined}
          name="motivation"
          rows={2}
          defaultValue={echoed?.motivation ?? answer?.motivation}
          onInput={() => schedule()}
          className={inputClass()}
        />
      </fieldset>
      {mine && state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {!closed && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" pending={phase === "saving"}>
            {t("worksheet.save")}
            <span className="sr-only">: {actor.name}</span>
          </Button>
          <span aria-live="polite" className="text-sm text-muted" data-testid="save-status">
            {status}
          </span>
        </div>
      )}
    </form>
  );
}
