"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** A fractie puts the session's values in order: 1 matters most to them; a value may stay unranked. */
export function RankingForm({ fracties, values, current, action }: {
  /** The fracties the caller may rank for (one for a raadslid: their own). */
  fracties: { id: string; name: string }[];
  values: { id: string; name: string }[];
  /** Current ranks per fractie id, then value id. */
  current: Record<string, Record<string, number>>;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const fractieId = v?.fractieId ?? fracties[0]?.id ?? "";
  const ranks = current[fractieId] ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      {fracties.length === 1 ? (
        <input type="hidden" name="fractieId" value={fracties[0].id} />
      ) : (
        <Field id="rangorde-fractie" name="fractieId" label={t("rankFractie")} errors={e.fractieId}>
          {({ describedBy, invalid }) => (
            <select id="rangorde-fractie" name="fractieId" defaultValue={fractieId} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
              {fracties.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <ul className="grid gap-2 sm:grid-cols-2">
        {values.map((value) => (
          <li key={value.id}>
            <Field id={`rang-${value.id}`} name={`rank.${value.id}`} label={t("rankOf", { value: value.name })} errors={e[`rank.${value.id}`]}>
              {({ describedBy, invalid }) => (
                <select id={`rang-${value.id}`} name={`rank.${value.id}`} defaultValue={v?.[`rank.${value.id}`] ?? String(ranks[value.id] ?? "")} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
                  <option value="">{t("notRanked")}</option>
                  {values.map((_, i) => (
                    <option key={i} value={String(i + 1)}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </li>
        ))}
      </ul>
      <Button type="submit" pending={pending} className="self-start">
        {t("rankSubmit")}
      </Button>
    </form>
  );
}
