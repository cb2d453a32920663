"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { AGENDA_PHASES } from "@/lib/validation/agenda";

type Item = { id: string; title: string; phase: string; workMethod: string; goal: string; durationMinutes: number };

/** Adds an agenda item (no `item`) or edits one. Keeps the input when refused. */
export function AgendaItemForm({ action, item, submitLabel }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  item?: Item;
  submitLabel: string;
}) {
  const t = useTranslations("agenda");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const prefix = item ? `item-${item.id}` : "nieuw";
  const errors = state.fieldErrors ?? {};
  // React resets a form after its action: fields fall back to their defaults,
  // which are the echoed input after a refusal and empty after adding.
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {item && <input type="hidden" name="itemId" value={item.id} />}
      <FormMessage state={state} />
      <Field id={`${prefix}-title`} name="title" label={t("itemTitle")} required defaultValue={v?.title ?? item?.title} errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-phase`} name="phase" label={t("phase")} errors={errors.phase}>
          {({ describedBy, invalid }) => (
            <select id={`${prefix}-phase`} name="phase" defaultValue={v?.phase ?? item?.phase ?? "BEELDVORMING"} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
              {AGENDA_PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`phases.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-duration`} name="durationMinutes" label={t("duration")} inputMode="numeric" required defaultValue={v?.durationMinutes ?? item?.durationMinutes ?? 30} errors={errors.durationMinutes} />
      </div>
      <Field id={`${prefix}-workMethod`} name="workMethod" label={t("workMethod")} hint={t("workMethodHint")} defaultValue={v?.workMethod ?? item?.workMethod} errors={errors.workMethod} />
      <Field id={`${prefix}-goal`} name="goal" label={t("goal")} errors={errors.goal}>
        {({ describedBy, invalid }) => (
          <textarea id={`${prefix}-goal`} name="goal" rows={2} defaultValue={v?.goal ?? item?.goal} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
