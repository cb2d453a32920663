"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

export type ValueLink = {
  indicator: string;
  baseline: string;
  target: string;
  indicatorSource: string;
  programmeName: string;
  programmeUrl: string;
  evaluationMomentId: string | null;
};

/**
 * Links a value to an indicator (with where it stands, where the council wants it
 * and who measures it), a programme of the begroting or kadernota, and an evaluation moment (step 9).
 */
export function ValueLinkForm({ valueId, valueName, link, moments, action }: {
  valueId: string;
  valueName: string;
  link: ValueLink | null;
  moments: { id: string; label: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("values");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const prefix = `waarde-${valueId}`;
  const v = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const text = (name: keyof ValueLink, label: string, hint?: string, type = "text") => (
    <Field id={`${prefix}-${name}`} name={name} type={type} label={label} hint={hint} defaultValue={v?.[name] ?? link?.[name] ?? ""} errors={e[name]} />
  );
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-3" noValidate>
      <input type="hidden" name="valueId" value={valueId} />
      {text("indicator", t("indicator"))}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("baseline", t("baseline"), t("baselineHint"))}
        {text("target", t("target"), t("targetHint"))}
      </div>
      {text("indicatorSource", t("indicatorSource"), t("indicatorSourceHint"))}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("programmeName", t("programmeName"), t("programmeNameHint"))}
        {text("programmeUrl", t("programmeUrl"), undefined, "url")}
      </div>
      <SelectField
        id={`${prefix}-moment`}
        name="evaluationMomentId"
        label={t("evaluationMoment")}
        errors={e.evaluationMomentId}
        options={moments.map((m) => ({ value: m.id, label: m.label }))}
        defaultValue={v?.evaluationMomentId ?? link?.evaluationMomentId ?? ""}
        empty={t("noMoment")}
      />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("saveLink")}
        <span className="sr-only">: {valueName}</span>
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
