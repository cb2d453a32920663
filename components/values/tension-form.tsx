"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Sets two values of a case against each other, e.g. samenwerking versus autonomie. */
export function TensionForm({ caseId, values, action }: {
  caseId: string;
  values: { id: string; name: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const prefix = `spanning-${caseId}`;
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const options = values.map((value) => ({ value: value.id, label: value.name }));
  const select = (name: "valueAId" | "valueBId", label: string, fallback: number) => (
    <SelectField id={`${prefix}-${name}`} name={name} label={label} errors={e[name]} options={options} defaultValue={v?.[name] ?? values[fallback]?.id ?? ""} />
  );
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-3" noValidate>
      <input type="hidden" name="caseId" value={caseId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {select("valueAId", t("tensionA"), 0)}
        {select("valueBId", t("tensionB"), 1)}
      </div>
      <Field id={`${prefix}-note`} name="note" label={t("tensionNote")} hint={t("tensionNoteHint")} defaultValue={v?.note} errors={e.note} />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("tensionSubmit")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
