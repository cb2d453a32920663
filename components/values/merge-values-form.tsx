"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function MergeValuesForm({ values, action }: { values: { id: string; name: string }[]; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const select = (name: "fromId" | "intoId", label: string) => (
    <Field name={name} label={label} errors={state.fieldErrors?.[name]}>
      {({ describedBy, invalid }) => (
        <select id={`veld-${name}`} name={name} defaultValue={state.values?.[name] ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
          <option value="">—</option>
          {values.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        {select("fromId", t("mergeFrom"))}
        {select("intoId", t("mergeInto"))}
      </div>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("mergeSubmit")}
      </Button>
    </form>
  );
}
