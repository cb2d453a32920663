"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/**
 * A guest brings a casus from their phone: what happened, and the values at
 * stake (ticked from the session's values, or typed). Works as a plain form post;
 * a refused form keeps what was typed. A sent casus clears the form.
 */
export function GuestCaseForm({ values: sessionValues, sent, action }: {
  values: string[];
  sent: number;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("guests.cases");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const ticked = new Set((typed?.values ?? "").split(","));
  // A new key after each success empties the fields for the next casus.
  const key = state.status === "success" ? `sent-${sent}` : "form";
  return (
    <form key={key} action={formAction} className="flex flex-col gap-4" aria-labelledby="casus-titel">
      <h2 id="casus-titel" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-muted">{t("intro")}</p>
      <Field name="description" label={t("description")} errors={errors?.description}>
        {({ describedBy, invalid }) => (
          <textarea id="veld-description" name="description" rows={4} maxLength={1000} aria-describedby={describedBy} aria-invalid={invalid || undefined} defaultValue={typed?.description ?? ""} className={inputClass(invalid)} />
        )}
      </Field>
      {sessionValues.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="font-medium">{t("values")}</legend>
          {sessionValues.map((v) => (
            <label key={v} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="values" value={v} defaultChecked={ticked.has(v)} className="h-5 w-5" />
              <span>{v}</span>
            </label>
          ))}
        </fieldset>
      )}
      <Field name="otherValues" label={sessionValues.length > 0 ? t("otherValues") : t("values")} defaultValue={typed?.otherValues ?? ""} errors={errors?.values ?? errors?.otherValues} className={inputClass(Boolean(errors?.values))} />
      <FormMessage state={state} />
      {sent > 0 && <p className="text-sm text-muted">{t("mine", { count: sent })}</p>}
      <Button type="submit" pending={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
