"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Griffier and facilitator: let guests join this session, name their groups, cap their number. */
export function GuestSettings({ settings, action }: {
  settings: { allowed: boolean; groups: string[]; cap: number; joined: number };
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("guests.settings");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <p className="text-sm text-muted">{t("intro")}</p>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="allowed" defaultChecked={values ? values.allowed === "on" : settings.allowed} className="h-5 w-5" />
        <span className="font-medium">{t("allowed")}</span>
      </label>
      <Field name="groups" label={t("groups")} hint={t("groupsHint")} errors={errors?.groups}>
        {({ describedBy, invalid }) => (
          <textarea id="veld-groups" name="groups" rows={5} aria-describedby={describedBy} aria-invalid={invalid || undefined} defaultValue={values?.groups ?? settings.groups.join("\n")} className={inputClass(invalid)} />
        )}
      </Field>
      <Field name="cap" label={t("cap")} type="number" inputMode="numeric" min={1} max={2000} defaultValue={values?.cap ?? String(settings.cap)} errors={errors?.cap} className={`${inputClass(Boolean(errors?.cap))} max-w-40`} />
      <p className="text-sm">{t("joined", { count: settings.joined })}</p>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
