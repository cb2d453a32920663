"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** "Opslaan als sjabloon": a name and the parts to keep. A refused save keeps what was typed. */
export function SaveTemplateForm({ parts, action }: { parts: readonly string[]; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("templates");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const chosen = echoed ? (echoed.parts ?? "").split(",") : parts.filter((p) => p !== "CARDS");
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("name")} required defaultValue={echoed?.name ?? ""} errors={errors.name} id="sjabloon-naam" />
      <Field name="description" label={t("description")} errors={errors.description} id="sjabloon-omschrijving">
        {({ describedBy, invalid }) => (
          <textarea id="sjabloon-omschrijving" name="description" rows={2} defaultValue={echoed?.description ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <fieldset>
        <legend className="mb-1 font-medium">{t("partsToKeep")}</legend>
        {parts.map((part) => (
          <label key={part} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="parts" value={part} defaultChecked={chosen.includes(part)} className="h-5 w-5" />
            {t(`parts.${part}`)}
          </label>
        ))}
        {errors.parts && <p className="text-sm font-medium text-danger">{errors.parts.join(" ")}</p>}
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
