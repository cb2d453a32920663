"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function SendInvitationsForm({ sentBefore, action }: { sentBefore: boolean; action: Action }) {
  const t = useTranslations("sessionInvitations");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <Button type="submit" variant={sentBefore ? "secondary" : "primary"} pending={pending} className="self-start">
        {sentBefore ? t("sendAgain") : t("send")}
      </Button>
    </form>
  );
}
