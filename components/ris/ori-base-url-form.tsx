"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** The beheerder's setting: the gemeente's Open Raadsinformatie-compatible API ("" switches the lookup off). */
export function OriBaseUrlForm({ action, oriBaseUrl }: { action: FormAction; oriBaseUrl: string }) {
  const t = useTranslations("ris");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.oriBaseUrl : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field id="ori-base-url" name="oriBaseUrl" type="url" label={t("baseUrl")} hint={t("baseUrlHint")} defaultValue={typed ?? oriBaseUrl} errors={state.fieldErrors?.oriBaseUrl} />
      <Button type="submit" pending={pending} className="self-start">
        {t("baseUrlSave")}
      </Button>
    </form>
  );
}
