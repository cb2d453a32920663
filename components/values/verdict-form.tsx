"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { VERDICTS } from "@/lib/validation/values";

/** The council's verdict on one value at an evaluation moment, with the evidence. */
export function VerdictForm({ valueId, valueName, moments, action }: {
  valueId: string;
  valueName: string;
  moments: { id: string; label: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const prefix = `oordeel-${valueId}`;
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-3" noValidate>
      <input type="hidden" name="valueId" value={valueId} />
      <SelectField
        id={`${prefix}-moment`}
        name="evaluationMomentId"
        label={t("verdictMoment")}
        errors={e.evaluationMomentId}
        options={moments.map((m) => ({ value: m.id, label: m.label }))}
        defaultValue={v?.evaluationMomentId ?? moments[0]?.id ?? ""}
      />
      <fieldset aria-describedby={e.verdict ? `${prefix}-verdict-fout` : undefined}>
        <legend className="mb-1 font-medium">{t("verdict")}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="verdict" value={verdict} defaultChecked={v?.verdict === verdict} className="h-5 w-5" />
            {t(`verdicts.${verdict}`)}
          </label>
        ))}
        {e.verdict && (
          <p id={`${prefix}-verdict-fout`} className="text-sm font-medium text-danger">
            {e.verdict.join(" ")}
          </p>
        )}
      </fieldset>
      <Field id={`${prefix}-evidence`} name="evidence" label={t("evidence")} hint={t("evidenceHint")} errors={e.evidence}>
        {({ describedBy, invalid }) => (
          <textarea id={`${prefix}-evidence`} name="evidence" rows={2} defaultValue={v?.evidence} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("saveVerdict")}
        <span className="sr-only">: {valueName}</span>
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
