"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/**
 * Erase one person's data in this gemeente. A disclosure that explains what
 * happens, and a checkbox the server requires too (erasePersonSchema).
 */
export function ErasePersonForm({ member, gemeenteName, action }: {
  member: { id: string; name: string };
  gemeenteName: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("privacy");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const confirmId = `wissen-bevestig-${member.id}`;
  const errorId = `${confirmId}-fout`;
  const confirmError = state.fieldErrors?.confirm;
  return (
    <>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-danger underline">{t("eraseFor", { name: member.name })}</summary>
        <form action={formAction} className="mt-2 flex flex-col gap-3">
          <input type="hidden" name="membershipId" value={member.id} />
          <p>{t("eraseExplain", { name: member.name, gemeente: gemeenteName })}</p>
          <div className="flex items-start gap-2">
            <input
              id={confirmId}
              type="checkbox"
              name="confirm"
              value="ja"
              className="mt-1 size-5"
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? errorId : undefined}
            />
            <label htmlFor={confirmId}>{t("eraseConfirm")}</label>
          </div>
          {confirmError && (
            <p id={errorId} className="text-sm font-medium text-danger">
              {confirmError.join(" ")}
            </p>
          )}
          <Button type="submit" variant="danger" pending={pending} className="self-start">
            {t("erase")}
            <span className="sr-only">&nbsp;{member.name}</span>
          </Button>
        </form>
      </details>
      <FormMessage state={state} />
    </>
  );
}
