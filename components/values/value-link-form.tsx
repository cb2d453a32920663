"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Links a value to an indicator and an evaluation moment (step 9). */
export function ValueLinkForm({ valueId, valueName, indicator, momentId, moments, action }: {
  valueId: string;
  valueName: string;
  indicator: string;
  momentId: string | null;
  moments: { id: string; label: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const prefix = `waarde-${valueId}`;
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-3">
      <input type="hidden" name="valueId" value={valueId} />
      <Field id={`${prefix}-indicator`} name="indicator" label={t("indicator")} defaultValue={state.values?.indicator ?? indicator} errors={state.fieldErrors?.indicator} />
      <Field id={`${prefix}-moment`} name="evaluationMomentId" label={t("evaluationMoment")}>
        {({ describedBy }) => (
          <select id={`${prefix}-moment`} name="evaluationMomentId" defaultValue={momentId ?? ""} aria-describedby={describedBy} className={inputClass()}>
            <option value="">{t("noMoment")}</option>
            {moments.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("saveLink")}
        <span className="sr-only">: {valueName}</span>
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
