"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Bring in a case and the values at stake: chosen from the gemeente's list or typed new. */
export function CaseForm({ values, action }: { values: { id: string; name: string }[]; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const chosen = (v?.valueIds ?? "").split(",");
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field name="description" label={t("description")} hint={t("descriptionHint")} errors={errors.description}>
        {({ describedBy, invalid }) => (
          <textarea id="veld-description" name="description" rows={3} defaultValue={v?.description} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Field name="source" label={t("source")} hint={t("sourceHint")} defaultValue={v?.source} errors={errors.source} />
      <fieldset aria-describedby={errors.valueIds ? "waarden-fout" : undefined}>
        <legend className="mb-1 font-medium">{t("values")}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {values.map((value) => (
            <li key={value.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="valueIds" value={value.id} defaultChecked={chosen.includes(value.id)} className="h-5 w-5" />
                {value.name}
              </label>
            </li>
          ))}
        </ul>
        {errors.valueIds && (
          <p id="waarden-fout" className="text-sm font-medium text-danger">
            {errors.valueIds.join(" ")}
          </p>
        )}
      </fieldset>
      <Field name="newValues" label={t("newValues")} hint={t("newValuesHint")} defaultValue={v?.newValues} errors={errors.newValues} />
      <Button type="submit" pending={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
