"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function CommitmentForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("commitments");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field id="toezegging-who" name="who" label={t("who")} hint={t("whoHint")} defaultValue={v?.who} errors={e.who} />
      <Field id="toezegging-what" name="what" label={t("what")} defaultValue={v?.what} errors={e.what} />
      <Field id="toezegging-toWhom" name="toWhom" label={t("toWhom")} defaultValue={v?.toWhom} errors={e.toWhom} />
      <Field id="toezegging-dueDate" name="dueDate" type="date" label={t("dueDate")} defaultValue={v?.dueDate} errors={e.dueDate} />
      <Button type="submit" pending={pending} className="self-start">
        {t("add")}
      </Button>
    </form>
  );
}
