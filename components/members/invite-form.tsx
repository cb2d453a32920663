"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

const ROLES = ["RAADSLID", "GRIFFIER", "FACILITATOR", "BEHEERDER"] as const;

export function InviteForm({ action }: { action: FormAction<{ link?: string }> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // After success the form starts empty again; after an error it keeps the input.
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" key={state.status === "success" ? state.data?.link ?? "ok" : "form"}>
      <FormMessage state={state} />
      {state.data?.link && (
        <p className="break-all rounded-md border border-line bg-white p-3 font-mono text-sm" data-testid="invitation-link">
          {state.data.link}
        </p>
      )}
      <Field name="email" type="email" label={t("members.email")} autoComplete="off" required defaultValue={values?.email} errors={state.fieldErrors?.email} />
      <Field name="role" label={t("members.role")} errors={state.fieldErrors?.role}>
        {({ describedBy, invalid }) => (
          <select id="veld-role" name="role" defaultValue={values?.role ?? "RAADSLID"} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {t("members.inviteSubmit")}
      </Button>
    </form>
  );
}
