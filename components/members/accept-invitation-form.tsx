"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function AcceptInvitationForm({ token, accountExists, action }: {
  token: string;
  accountExists: boolean;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("invitation");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="mode" value={accountExists ? "existing" : "new"} />
      <FormMessage state={state} />
      {accountExists ? (
        <>
          <p>{t("existingAccount")}</p>
          <Field name="password" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={errors.password} />
        </>
      ) : (
        <>
          <Field name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name} errors={errors.name} />
          <Field name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" required errors={errors.password} />
          <Field name="passwordRepeat" type="password" label={t("passwordRepeat")} autoComplete="new-password" required errors={errors.passwordRepeat} />
        </>
      )}
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
