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
      <Field id="toezegging-who" name="who" required label={t("who")} hint={t("whoHint")} defaultValue={v?.who} errors={e.who} />
      <Field id="toezegging-what" name="what" required label={t("what")} defaultValue={v?.what} errors={e.what} />
      <Field id="toezegging-toWhom" name="toWhom" label={t("toWhom")} defaultValue={v?.toWhom} errors={e.toWhom} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="toezegging-madeOn" name="madeOn" type="date" label={t("madeOn")} defaultValue={v?.madeOn} errors={e.madeOn} />
        <Field id="toezegging-dueDate" name="dueDate" required type="date" label={t("dueDate")} defaultValue={v?.dueDate} errors={e.dueDate} />
      </div>
      <Field id="toezegging-madeAt" name="madeAt" label={t("madeAt")} hint={t("madeAtHint")} defaultValue={v?.madeAt} errors={e.madeAt} />
      <Button type="submit" pending={pending} className="self-start">
        {t("add")}
      </Button>
    </form>
  );
}
