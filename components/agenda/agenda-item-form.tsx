"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import type { AgendaItemFormResult } from "@/lib/agenda/agenda";
import { initialFormState, type FormAction } from "@/lib/forms/state";
import { AGENDA_PHASES } from "@/lib/validation/agenda";
import type { OriSearchData } from "@/lib/ris/ori";
import { OriPicker } from "@/components/ris/ori-picker";

type Fields = { title: string; phase: string; workMethod: string; goal: string; durationMinutes: number; risUrl: string };
type Item = Fields & { id: string; version: number };

/**
 * Adds an agenda item (no `item`) or edits one. Keeps the input when refused.
 * An edit that meets someone else's newer save is refused by the server: the
 * form then keeps the user's input, shows the saved version beside it, and the
 * next save (from that version) keeps the user's.
 */
export function AgendaItemForm({ action, item, submitLabel, oriSearch }: {
  action: FormAction<AgendaItemFormResult>;
  item?: Item;
  submitLabel: string;
  /** The ORI lookup, when the gemeente has one: fills this form's title and link. */
  oriSearch?: FormAction<OriSearchData>;
}) {
  const t = useTranslations("agenda");
  const tr = useTranslations("ris");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const prefix = item ? `item-${item.id}` : "nieuw";
  const errors = state.fieldErrors ?? {};
  const theirs = state.data?.conflict ?? null;
  // React resets a form after its action: fields fall back to their defaults,
  // which are the echoed input after a refusal and empty after adding.
  const form = (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {item && <input type="hidden" name="itemId" value={item.id} />}
      {item && <input type="hidden" name="version" value={state.data?.version ?? item.version} />}
      <FormMessage state={state} />
      {theirs && (
        <section className="rounded-md border-2 border-warn bg-white p-4" aria-label={t("theirVersion")}>
          <h3 className="font-semibold">{t("theirVersion")}</h3>
          <p className="mb-2 text-sm">{t("conflictHelp")}</p>
          <p className="font-medium">{theirs.title}</p>
          <p className="text-sm text-muted">
            {t(`phases.${theirs.phase}` as "phases.BEELDVORMING")} · {t("minutes", { minutes: theirs.durationMinutes })}
            {theirs.workMethod && ` · ${theirs.workMethod}`}
          </p>
          {theirs.goal && <p className="mt-1">{theirs.goal}</p>}
        </section>
      )}
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
      <Field id={`${prefix}-risUrl`} name="risUrl" type="url" label={tr("itemUrl")} hint={tr("urlHint")} defaultValue={v?.risUrl ?? item?.risUrl} errors={errors.risUrl} />
      <Button type="submit" pending={pending} className="self-start">
        {submitLabel}
      </Button>
    </form>
  );
  return oriSearch ? (
    <div className="flex flex-col gap-3">
      <OriPicker action={oriSearch} id={`${prefix}-ori`} urlField={`${prefix}-risUrl`} titleField={`${prefix}-title`} kind="AgendaItem" />
      {form}
    </div>
  ) : (
    form
  );
}
