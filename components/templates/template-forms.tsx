"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** An own template's name and description. A refused save keeps what was typed. */
export function EditTemplateForm({ id, name, description, action }: { id: string; name: string; description: string; action: FormAction }) {
  const t = useTranslations("templates");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const descriptionId = `sjabloon-${id}-omschrijving`;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("name")} required defaultValue={echoed?.name ?? name} errors={errors.name} id={`sjabloon-${id}-naam`} />
      <Field name="description" label={t("description")} errors={errors.description} id={descriptionId}>
        {({ describedBy, invalid }) => (
          <textarea id={descriptionId} name="description" rows={2} defaultValue={echoed?.description ?? description} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("saveChanges")}
      </Button>
    </form>
  );
}

/** Deleting an own template asks first (a checkbox, so it also works without JavaScript). */
export function DeleteTemplateForm({ name, action }: { name: string; action: FormAction }) {
  const t = useTranslations("templates");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" required className="h-5 w-5" />
        {t("deleteConfirm", { name })}
      </label>
      <Button type="submit" variant="danger" pending={pending} className="self-start">
        {t("delete")}
      </Button>
    </form>
  );
}
