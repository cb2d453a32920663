"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type FailedMail = { id: string; recipient: string; subject: string; link: string | null; attempts: number; lastError: string | null };

/** Mail of the gemeente that did not arrive after every retry, with its link to pass on by hand. */
export function FailedMailList({ mails, pending, action }: { mails: FailedMail[]; pending: number; action: Action }) {
  const t = useTranslations("outbox");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted">{t("intro")}</p>
      {pending > 0 && <p>{t("pending", { count: pending })}</p>}
      {mails.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="failed-mail">
          {mails.map((mail) => (
            <FailedMailItem key={mail.id} mail={mail} action={action} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FailedMailItem({ mail, action }: { mail: FailedMail; action: Action }) {
  const t = useTranslations("outbox");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <li className="flex flex-col gap-1 py-3">
      <p>
        <span className="font-medium">{t("recipient")}:</span> {mail.recipient}
      </p>
      <p>
        <span className="font-medium">{t("subject")}:</span> {mail.subject}
      </p>
      <p className="text-sm text-muted">
        {t("attempts")}: {mail.attempts}
        {mail.lastError && ` · ${t("error")}: ${mail.lastError}`}
      </p>
      {mail.link && (
        <p className="text-sm">
          <span className="font-medium">{t("link")}:</span> <span className="break-all font-mono">{mail.link}</span>
        </p>
      )}
      <form action={formAction}>
        <input type="hidden" name="mailId" value={mail.id} />
        <Button type="submit" variant="secondary" pending={pending}>
          {t("retry")}
          <span className="sr-only">: {mail.recipient}</span>
        </Button>
      </form>
      <FormMessage state={state} />
    </li>
  );
}
