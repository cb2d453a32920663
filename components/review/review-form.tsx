"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

type Review = { stoodOut: string; agreements: string; nextSteps: string };

export function ReviewForm({ sessionId, version, review, action }: {
  sessionId: string;
  version: number;
  review: Review;
  action: FormAction<{ version: number }>;
}) {
  const t = useTranslations("review");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const area = (name: keyof Review) => (
    <Field key={name} name={name} label={t(`fields.${name}`)} errors={state.fieldErrors?.[name]}>
      {({ describedBy, invalid }) => (
        <textarea id={`veld-${name}`} name={name} rows={4} defaultValue={v?.[name] ?? review[name]} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
      )}
    </Field>
  );
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={state.data?.version ?? v?.version ?? version} />
      <FormMessage state={state} />
      {area("stoodOut")}
      {area("agreements")}
      {area("nextSteps")}
      <Button type="submit" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
