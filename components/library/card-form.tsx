"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { LIBRARY_AUDIENCES } from "@/lib/library/audiences";
import { initialFormState, type FormState } from "@/lib/forms/state";

type CardValues = {
  title: string;
  summary: string;
  points: string[];
  audiences: string[];
  steps: number[];
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: number | null;
  sourceUrl: string | null;
};

/** A beheerder's own library card. After a refused submit every field keeps what was typed. */
export function CardForm({ card, stepNames, action }: {
  card?: CardValues;
  stepNames: { number: number; title: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("library");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const value = (name: keyof CardValues, stored: string | undefined) => (typed ? (typed[name] ?? "") : (stored ?? ""));
  const checked = (name: "audiences" | "steps", option: string, stored: (string | number)[] | undefined) =>
    typed ? (typed[name] ?? "").split(",").includes(option) : (stored ?? []).map(String).includes(option);
  const groupError = (name: string) =>
    e[name]?.length ? (
      <p id={`kaart-${name}-fout`} className="text-sm font-medium text-danger">
        {e[name].join(" ")}
      </p>
    ) : null;

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field id="kaart-title" name="title" label={t("fields.title")} defaultValue={value("title", card?.title)} errors={e.title} maxLength={120} />
      <Field id="kaart-summary" name="summary" label={t("fields.summary")} hint={t("fields.summaryHint")} errors={e.summary}>
        {({ describedBy, invalid }) => (
          <textarea id="kaart-summary" name="summary" rows={3} defaultValue={value("summary", card?.summary)} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Field id="kaart-points" name="points" label={t("fields.points")} hint={t("fields.pointsHint")} errors={e.points}>
        {({ describedBy, invalid }) => (
          <textarea id="kaart-points" name="points" rows={6} defaultValue={value("points", card?.points.join("\n"))} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <fieldset aria-describedby={e.audiences?.length ? "kaart-audiences-fout" : undefined}>
        <legend className="mb-1 font-medium">{t("fields.audiences")}</legend>
        <div className="flex flex-wrap gap-x-6">
          {LIBRARY_AUDIENCES.map((a) => (
            <label key={a} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="audiences" value={a} defaultChecked={checked("audiences", a, card?.audiences)} className="h-5 w-5" />
              {t(`audience.${a}`)}
            </label>
          ))}
        </div>
        {groupError("audiences")}
      </fieldset>
      <fieldset aria-describedby={e.steps?.length ? "kaart-steps-fout" : undefined}>
        <legend className="mb-1 font-medium">{t("fields.steps")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {stepNames.map((s) => (
            <label key={s.number} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="steps" value={s.number} defaultChecked={checked("steps", String(s.number), card?.steps)} className="h-5 w-5" />
              {s.number}. {s.title}
            </label>
          ))}
        </div>
        {groupError("steps")}
      </fieldset>
      <Field id="kaart-sourceTitle" name="sourceTitle" label={t("fields.sourceTitle")} defaultValue={value("sourceTitle", card?.sourceTitle)} errors={e.sourceTitle} />
      <Field id="kaart-sourcePublisher" name="sourcePublisher" label={t("fields.sourcePublisher")} defaultValue={value("sourcePublisher", card?.sourcePublisher)} errors={e.sourcePublisher} />
      <Field id="kaart-sourceYear" name="sourceYear" inputMode="numeric" label={t("fields.sourceYear")} defaultValue={value("sourceYear", card?.sourceYear?.toString())} errors={e.sourceYear} />
      <Field id="kaart-sourceUrl" name="sourceUrl" type="url" label={t("fields.sourceUrl")} defaultValue={value("sourceUrl", card?.sourceUrl ?? undefined)} errors={e.sourceUrl} />
      <Button type="submit" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
