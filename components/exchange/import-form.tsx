"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function ImportForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("exchange");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const problems: string[] = state.data?.problems ? JSON.parse(state.data.problems) : [];
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state.status === "error" && state.message && (
        <Notice tone="error">
          <p className="font-semibold">{state.message}</p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="import-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <Field name="file" type="file" accept="application/json,.json" label={t("file")} hint={t("fileHint")} required />
      <Button type="submit" pending={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
