"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
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
      <button
        type="submit"
        aria-disabled={pending || undefined}
        onClick={pending ? (event) => event.preventDefault() : undefined}
        className="min-h-11 text-sm text-accent underline"
      >
        {done ? t("markOpen") : t("markDone")}
        <span className="sr-only">: {label}</span>
      </button>
    </form>
  );
}
