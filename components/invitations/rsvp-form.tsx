"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
const ANSWERS = ["KOMT", "KOMT_NIET", "MISSCHIEN"] as const;

/**
 * The three answers, the one chosen in the mail ticked. Nothing is recorded by opening the
 * link (mail scanners open links too): only pressing the button sends the answer.
 */
export function RsvpForm({ token, chosen, action }: { token: string; chosen: (typeof ANSWERS)[number] | null; action: Action }) {
  const t = useTranslations("sessionInvitations");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const picked = (state.values?.answer as string | undefined) ?? chosen ?? undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-medium">{t("rsvp.legend")}</legend>
        {ANSWERS.map((answer) => (
          <label key={answer} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="answer" value={answer} defaultChecked={picked === answer} className="h-5 w-5" />
            {t(`answers.${answer}`)}
          </label>
        ))}
        {state.fieldErrors?.answer && <p className="text-danger">{state.fieldErrors.answer.join(" ")}</p>}
      </fieldset>
      <Button type="submit" pending={pending} className="self-start">
        {t("rsvp.submit")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
