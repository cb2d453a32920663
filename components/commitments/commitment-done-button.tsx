"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Settles a commitment (afgedaan, saying how) or opens it again. */
export function CommitmentDoneButton({ commitmentId, done, label, action }: {
  commitmentId: string;
  done: boolean;
  label: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("commitments");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (done) {
    return (
      <form action={formAction}>
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <input type="hidden" name="done" value="false" />
        <Button type="submit" variant="link" pending={pending}>
          {t("markOpen")}
          <span className="sr-only">: {label}</span>
        </Button>
      </form>
    );
  }
  const id = `afdoening-${commitmentId}`;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-accent underline">
        {t("settle")}
        <span className="sr-only">: {label}</span>
      </summary>
      <form action={formAction} className="flex flex-col gap-2" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <input type="hidden" name="done" value="true" />
        <Field id={id} name="note" label={t("settlement")} hint={t("settlementHint")} errors={state.fieldErrors?.note}>
          {({ describedBy, invalid }) => (
            <textarea id={id} name="note" rows={2} defaultValue={state.values?.note} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
          )}
        </Field>
        <Button type="submit" variant="secondary" pending={pending} className="self-start">
          {t("settleSubmit")}
          <span className="sr-only">: {label}</span>
        </Button>
      </form>
    </details>
  );
}
