"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** The gemeente's retention setting, and a button that applies it now. */
export function RetentionForm({ months, due, save, run }: { months: number | null; due: number; save: Action; run: Action }) {
  const t = useTranslations("privacy");
  const [saveState, saveAction, saving] = useActionState(save, initialFormState);
  const [runState, runAction, running] = useActionState(run, initialFormState);
  const typed = saveState.status === "error" ? saveState.values?.months : undefined;
  return (
    <div className="flex flex-col gap-6">
      <form action={saveAction} className="flex flex-col gap-4">
        <FormMessage state={saveState} />
        <Field
          name="months"
          id="bewaartermijn-maanden"
          label={t("retentionMonths")}
          hint={t("retentionHint")}
          inputMode="numeric"
          defaultValue={typed ?? (months === null ? "" : String(months))}
          errors={saveState.fieldErrors?.months}
        />
        <Button type="submit" disabled={saving} className="self-start">
          {t("retentionSave")}
        </Button>
      </form>
      <form action={runAction} className="flex flex-col gap-3">
        <p>{months === null ? t("retentionNone") : t("retentionDue", { count: due, months })}</p>
        <FormMessage state={runState} />
        <Button type="submit" variant="secondary" disabled={running || months === null} className="self-start">
          {t("retentionRun")}
        </Button>
      </form>
    </div>
  );
}
