"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** The gemeente's minimum group size (k) for anonymous results. */
export function MinimumGroupSizeForm({ k, save }: { k: number; save: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("privacy");
  const [state, action, saving] = useActionState(save, initialFormState);
  const typed = state.status === "error" ? state.values?.k : undefined;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field
        name="k"
        id="minimale-groepsgrootte"
        label={t("minimumGroupSize")}
        hint={t("minimumGroupSizeHint")}
        inputMode="numeric"
        required
        defaultValue={typed ?? String(k)}
        errors={state.fieldErrors?.k}
      />
      <Button type="submit" disabled={saving} className="self-start">
        {t("minimumGroupSizeSave")}
      </Button>
    </form>
  );
}
