"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** The griffier asks the invited raadsleden to bring a casus before a date (empty: not asked). Works without JavaScript. */
export function CaseDeadlineForm({ action, deadline }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; deadline: string | null }) {
  const t = useTranslations("tasks");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field
        id="casus-deadline"
        name="caseDeadline"
        type="date"
        label={t("caseDeadlineLabel")}
        hint={t("caseDeadlineHint")}
        defaultValue={echoed?.caseDeadline ?? deadline ?? ""}
        errors={state.fieldErrors?.caseDeadline}
      />
      <Button type="submit" pending={pending} className="self-start">
        {t("caseDeadlineSave")}
      </Button>
    </form>
  );
}
