"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** The griffier attaches a card to one of the gemeente's current sessions. */
export function AttachCardForm({ cardId, sessions, action }: {
  cardId: string;
  sessions: { id: string; title: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("library");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="cardId" value={cardId} />
      <Field id="koppel-sessie" name="sessionId" label={t("attachSession")} errors={e.sessionId}>
        {({ describedBy, invalid }) => (
          <select
            id="koppel-sessie"
            name="sessionId"
            defaultValue={v?.sessionId ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass(invalid)}
          >
            <option value="" disabled>
              {t("chooseSession")}
            </option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="koppel-toelichting" name="note" label={t("attachNote")} defaultValue={v?.note} errors={e.note} maxLength={500} />
      <div className="flex items-start gap-2">
        <input id="koppel-lezen" type="checkbox" name="forReading" defaultChecked={v ? v.forReading === "on" : false} className="mt-1 h-5 w-5" aria-describedby="koppel-lezen-uitleg" />
        <div>
          <label htmlFor="koppel-lezen" className="font-medium">
            {t("attachForReading")}
          </label>
          <p id="koppel-lezen-uitleg" className="text-sm text-muted">
            {t("attachForReadingHint")}
          </p>
        </div>
      </div>
      <Button type="submit" pending={pending} className="self-start">
        {t("attach")}
      </Button>
    </form>
  );
}
