"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { findPersonalData } from "@/lib/privacy/personal-data";

/**
 * Bring in a case and the values at stake. Nothing is ticked for the author: the
 * values are typed, and earlier values and the starting list appear only when
 * asked for (no steering). Warns not to identify inwoners, and while typing when
 * the text looks like it holds an e-mail address, phone number or BSN.
 */
export function CaseForm({ named, starting, action }: {
  named: { id: string; name: string }[];
  starting: string[];
  action: (prev: FormState<{ personalData: string }>, formData: FormData) => Promise<FormState<{ personalData: string }>>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const chosen = (v?.valueIds ?? "").split(",");
  const suggested = (v?.suggested ?? "").split(",");
  const errors = state.fieldErrors ?? {};
  const [text, setText] = useState(`${v?.description ?? ""}\n${v?.source ?? ""}`);
  const found = findPersonalData(text);
  const flagged = found.length > 0 || Boolean(state.data?.personalData);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      noValidate
      onInput={(e) => {
        const form = e.currentTarget;
        setText(`${(form.elements.namedItem("description") as HTMLTextAreaElement).value}\n${(form.elements.namedItem("source") as HTMLInputElement).value}`);
      }}
    >
      <FormMessage state={state} />
      <Notice tone="info">{t("privacyNote")}</Notice>
      <Field name="description" label={t("description")} hint={t("descriptionHint")} required errors={errors.description}>
        {({ describedBy, invalid }) => (
          <textarea id="veld-description" name="description" rows={3} required defaultValue={v?.description} aria-describedby={[describedBy, "casus-persoonsgegevens"].filter(Boolean).join(" ")} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <Field name="source" label={t("source")} hint={t("sourceHint")} defaultValue={v?.source} errors={errors.source} />
      <div id="casus-persoonsgegevens" aria-live="polite">
        {found.length > 0 && <Notice tone="warning">{t("personalData.found", { kinds: found.map((k) => t(`personalData.${k}`)).join(", ") })}</Notice>}
      </div>
      {flagged && (
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="confirmNoPersonalData" value="true" className="h-5 w-5" />
          {t("personalData.confirm")}
        </label>
      )}
      <Field name="newValues" label={t("newValues")} hint={t("newValuesHint")} defaultValue={v?.newValues} errors={errors.newValues} />
      {(named.length > 0 || starting.length > 0) && (
        <details className="rounded-md border border-line p-3" open={chosen.some(Boolean) || suggested.some(Boolean) || undefined}>
          <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{t("showSuggestions")}</summary>
          <p className="mb-2 text-sm text-muted">{t("suggestionsNote")}</p>
          <fieldset>
            <legend className="mb-1 font-medium">{t("values")}</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {named.map((value) => (
                <li key={value.id}>
                  <label className="flex min-h-11 items-center gap-3">
                    <input type="checkbox" name="valueIds" value={value.id} defaultChecked={chosen.includes(value.id)} className="h-5 w-5" />
                    {value.name}
                  </label>
                </li>
              ))}
              {starting.map((name) => (
                <li key={name}>
                  <label className="flex min-h-11 items-center gap-3">
                    <input type="checkbox" name="suggested" value={name} defaultChecked={suggested.includes(name)} className="h-5 w-5" />
                    {name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </details>
      )}
      <Button type="submit" pending={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
