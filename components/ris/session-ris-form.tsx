"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** The session's link to the raadsvoorstel or meeting in the council's information system. */
export function SessionRisForm({ action, risUrl }: { action: FormAction; risUrl: string }) {
  const t = useTranslations("ris");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.risUrl : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field id="sessie-ris-url" name="risUrl" type="url" label={t("sessionUrl")} hint={t("urlHint")} defaultValue={typed ?? risUrl} errors={state.fieldErrors?.risUrl} />
      <Button type="submit" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
