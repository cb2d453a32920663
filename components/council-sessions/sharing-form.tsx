"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SHAREABLE_PARTS } from "@/lib/council-sessions/sharing";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** The griffier chooses what the invited raadsleden see of the preparation. */
export function SharingForm({ sessionId, shared, action }: {
  sessionId: string;
  shared: string[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("sessions.sharing");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset>
        <legend className="mb-1 font-medium">{t("legend")}</legend>
        {SHAREABLE_PARTS.map((part) => (
          <label key={part} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="parts" value={part} defaultChecked={shared.includes(part)} className="h-5 w-5" />
            {t(`parts.${part}`)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("save")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
