"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/forms/state";

export function CommitmentDoneButton({ commitmentId, done, label, action }: {
  commitmentId: string;
  done: boolean;
  label: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("commitments");
  const [, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <Button type="submit" variant="link" pending={pending}>
        {done ? t("markOpen") : t("markDone")}
        <span className="sr-only">: {label}</span>
      </Button>
    </form>
  );
}
