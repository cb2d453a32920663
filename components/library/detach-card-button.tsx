"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function DetachCardButton({ cardId, sessionId, label, action }: {
  cardId: string;
  sessionId: string;
  label: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("library");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" variant="link" pending={pending}>
        {t("detach")}
        <span className="sr-only">: {label}</span>
      </Button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
