"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { REMINDER_KINDS, type ReminderKind } from "@/lib/reminders/kinds";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** One checkbox per kind of reminder; what is unticked stays out of the daily digest. */
export function ReminderSettingsForm({ settings, action }: { settings: Record<ReminderKind, boolean>; action: Action }) {
  const t = useTranslations("reminders");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t("settings.legend")}</legend>
        {REMINDER_KINDS.map((kind) => (
          <div key={kind} className="flex items-start gap-3">
            <input id={`herinnering-${kind}`} type="checkbox" name="kinds" value={kind} defaultChecked={settings[kind]} aria-describedby={`herinnering-${kind}-uitleg`} className="mt-1 h-5 w-5" />
            <div>
              <label htmlFor={`herinnering-${kind}`} className="font-medium">
                {t(`kinds.${kind}.label`)}
              </label>
              <p id={`herinnering-${kind}-uitleg`} className="text-sm text-muted">
                {t(`kinds.${kind}.hint`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("settings.save")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
