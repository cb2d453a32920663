"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { signInSchema } from "@/lib/validation/auth";
import { signInWithPassword } from "@/lib/auth/client";

const KNOWN_ERRORS = ["CredentialsSignin", "RateLimited"];

/**
 * Signs in through next-auth's credentials provider. The same zod schema as the
 * server checks the fields first; a refused sign-in never says whether the
 * account exists.
 */
export function SignInForm({ defaultEmail, returnTo = "/" }: { defaultEmail?: string; returnTo?: string }) {
  const t = useTranslations("signIn");
  const tValidation = useTranslations("validation");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse(Object.fromEntries(form));
    setError(null);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error, tValidation));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    const result = await signInWithPassword(parsed.data);
    if (result?.ok && !result.error) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setBusy(false);
    const code = result?.error ?? "default";
    setError(t(`errors.${KNOWN_ERRORS.includes(code) ? code : "default"}`));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div aria-live="polite">{error && <Notice tone="error">{error}</Notice>}</div>
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        defaultValue={defaultEmail}
        required
        errors={fieldErrors.email}
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      <Button type="submit" pending={busy}>
        {busy ? t("busy") : t("submit")}
      </Button>
    </form>
  );
}
