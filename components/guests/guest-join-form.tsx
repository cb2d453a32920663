"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/**
 * A guest picks their group and, if they like, a nickname: nothing else is asked.
 * A plain form post (works without JavaScript); a refusal keeps what was chosen.
 */
export function GuestJoinForm({ code, groups, action }: { code: string; groups: string[]; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("guests.join");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values = state.status === "error" ? state.values : undefined;
  const groupError = state.status === "error" ? state.fieldErrors?.group?.join(" ") : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-5">
      <input type="hidden" name="code" value={code} />
      <fieldset aria-describedby={groupError ? "groep-fout" : undefined} className="flex flex-col gap-1">
        <legend className="mb-2 font-medium">{t("groupLegend")}</legend>
        {groupError && (
          <p id="groep-fout" className="text-sm font-medium text-danger">
            {groupError}
          </p>
        )}
        {groups.map((group) => (
          <label key={group} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line p-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
            <input type="radio" name="group" value={group} defaultChecked={values?.group === group} className="h-5 w-5 shrink-0" />
            <span>{group}</span>
          </label>
        ))}
      </fieldset>
      <Field
        name="nickname"
        label={t("nicknameLabel")}
        hint={t("nicknameHint")}
        defaultValue={values?.nickname}
        maxLength={40}
        autoComplete="off"
        errors={state.status === "error" ? state.fieldErrors?.nickname : undefined}
      />
      <FormMessage state={state.status === "error" && !groupError ? state : initialFormState} />
      <Button type="submit" pending={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
