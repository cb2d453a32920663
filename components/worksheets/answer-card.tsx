"use client";

import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { initialFormState, type FormAction } from "@/lib/forms/state";
import { RUNGS } from "@/lib/preparation/rungs";

const MOTIVATION_DELAY_MS = 1200;

/**
 * One actor of the role-choice worksheet: a rung and a motivation. A chosen
 * rung is saved at once, a motivation a moment after typing stops; the button
 * saves without JavaScript.
 */
export function AnswerCard({ actor, answer, closed, promise, action }: {
  actor: { id: string; name: string };
  /** What the page told the raadslid about names; the server keeps the answer only under this promise. */
  promise: "anonymous" | "named";
  answer?: { rung: string; motivation: string };
  closed: boolean;
  action: FormAction<{ savedAt: string }>;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [dirty, setDirty] = useState(false);

  // Autosave waits for a rung; a save on purpose goes to the server, which says what is missing.
  function save({ onPurpose = false } = {}) {
    if (!form.current || (!onPurpose && !new FormData(form.current).get("rung"))) return;
    const data = new FormData(form.current);
    setDirty(false);
    startTransition(() => formAction(data));
  }
  const legendId = `actor-${actor.id}`;
  const savedAt = state.status === "success" && state.data?.savedAt ? new Date(state.data.savedAt) : null;
  const status = pending
    ? t("worksheet.saving")
    : dirty
      ? ""
      : savedAt
        ? t("worksheet.savedAt", { time: format.dateTime(savedAt, { hour: "2-digit", minute: "2-digit" }) })
        : "";
  const echoed = state.status === "error" ? state.values : undefined;
  const rungError = state.status === "error" ? state.fieldErrors?.rung?.join(" ") : undefined;
  const errorId = `fout-${actor.id}`;

  // A refused save puts the keyboard in the group to fix; the message is linked to it.
  useEffect(() => {
    if (rungError) form.current?.querySelector<HTMLInputElement>('input[name="rung"]')?.focus();
  }, [state, rungError]);

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        save({ onPurpose: true });
      }}
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <input type="hidden" name="actorId" value={actor.id} />
      <input type="hidden" name="promise" value={promise} />
      <fieldset disabled={closed} aria-labelledby={legendId} aria-describedby={rungError ? errorId : undefined} className="flex flex-col gap-1">
        <h2 id={legendId} className="mb-1 text-lg font-semibold">
          {t("worksheet.rungLegend", { actor: actor.name })}
        </h2>
        {rungError && (
          <p id={errorId} className="font-medium text-danger">
            {rungError}
          </p>
        )}
        {RUNGS.map((rung) => (
          <label key={rung} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md p-2 has-[:checked]:bg-accent-soft">
            <input
              type="radio"
              name="rung"
              value={rung}
              defaultChecked={(echoed?.rung ?? answer?.rung) === rung}
              onChange={() => save()}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>
              <span className="font-medium">{t(`preparation.rungs.${rung}.name`)}</span>
              <span className="block text-sm text-muted">{t(`preparation.rungs.${rung}.explanation`)}</span>
            </span>
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
          onInput={() => {
            setDirty(true);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => save(), MOTIVATION_DELAY_MS);
          }}
          className={inputClass()}
        />
      </fieldset>
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {!closed && (
        <div className="flex items-center gap-3">
          <Button type="submit" variant="secondary" pending={pending}>
            {t("worksheet.save")}
            <span className="sr-only">: {actor.name}</span>
          </Button>
          <span aria-live="polite" className="text-sm text-muted">
            {status}
          </span>
        </div>
      )}
    </form>
  );
}
