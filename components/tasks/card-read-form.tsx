"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** Ticks off (or un-ticks) a card the raadslid was asked to read. Works without JavaScript. */
export function CardReadForm({ action, sessionId, cardId, cardTitle, read }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  sessionId: string;
  cardId: string;
  cardTitle: string;
  read: boolean;
}) {
  const t = useTranslations("tasks");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="read" value={read ? "false" : "true"} />
      <div>
        <Button type="submit" pending={pending} variant="secondary" aria-label={t(read ? "markUnreadLabel" : "markReadLabel", { title: cardTitle })}>
          {t(read ? "markUnread" : "markRead")}
        </Button>
      </div>
    </form>
  );
}
