"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** "Wachtwoord vergeten": the address; the answer does not say whether it has an account. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const t = useTranslations("passwords.forgot");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field name="email" type="email" label={t("email")} autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** The new password twice, with the rules as a hint (shared by reset and change). */
function NewPasswordFields({ state }: { state: FormState }) {
  const t = useTranslations("passwords");
  return (
    <>
      <Field name="password" type="password" label={t("newPassword")} hint={t("rules")} autoComplete="new-password" required errors={state.fieldErrors?.password} />
      <Field name="passwordRepeat" type="password" label={t("newPasswordRepeat")} autoComplete="new-password" required errors={state.fieldErrors?.passwordRepeat} />
    </>
  );
}

/** A new password through a reset link; after it, a link to sign in. */
export function ResetPasswordForm({ token, action }: { token: string; action: Action }) {
  const t = useTranslations("passwords.reset");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Link href="/inloggen" className="text-accent underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <NewPasswordFields state={state} />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** Changing the password while signed in: the current one, then the new one twice. */
export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("passwords.change");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    // Keyed by the outcome, so a changed password leaves no password in the fields.
    <form key={state.status === "success" ? "done" : "open"} action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field name="currentPassword" type="password" label={t("current")} autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <NewPasswordFields state={state} />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
