"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Deleting an own card asks first (a checkbox, so it also works without JavaScript). */
export function DeleteCardForm({ cardId, action }: { cardId: string; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("library");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="cardId" value={cardId} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" required className="h-5 w-5" />
        {t("deleteConfirm")}
      </label>
      <Button type="submit" variant="danger" pending={pending} className="self-start">
        {t("deleteCard")}
      </Button>
    </form>
  );
}
