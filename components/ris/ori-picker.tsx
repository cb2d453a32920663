"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";
import type { OriHit, OriSearchData } from "@/lib/ris/ori";

type Data = OriSearchData;

/**
 * Searches the gemeente's Open Raadsinformatie API (on the server) and fills
 * another form with the hit picked: its link, and its title when `titleField`
 * is given. Nothing is saved until that form is: the griffier checks and saves.
 */
export function OriPicker({ action, id, urlField, titleField, kind = "Meeting" }: { action: FormAction<Data>; id: string; urlField: string; titleField?: string; kind?: OriHit["kind"] }) {
  const t = useTranslations("ris.search");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [picked, setPicked] = useState<string | null>(null);
  const hits = state.status === "success" ? (state.data?.hits ?? []) : [];

  const pick = (hit: OriHit) => {
    const fill = (fieldId: string, value: string) => {
      const input = document.getElementById(fieldId) as HTMLInputElement | null;
      if (input) input.value = value;
    };
    fill(urlField, hit.url);
    if (titleField) fill(titleField, hit.title);
    setPicked(hit.title);
    document.getElementById(titleField ?? urlField)?.focus();
  };

  return (
    <details className="rounded-md border border-line p-3">
      <summary className="min-h-11 cursor-pointer py-2 text-accent underline">{t("title")}</summary>
      <form action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <FormMessage state={state} />
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
          <Field id={`${id}-query`} name="query" label={t("query")} required defaultValue={state.values?.query ?? ""} errors={state.fieldErrors?.query} />
          <Field id={`${id}-kind`} name="kind" label={t("kind")}>
            {() => (
              <select id={`${id}-kind`} name="kind" defaultValue={state.values?.kind ?? kind} className={inputClass(false)}>
                {(["Meeting", "AgendaItem"] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary" pending={pending} className="self-start">
          {t("submit")}
        </Button>
      </form>
      {hits.length > 0 && (
        <ul aria-label={t("results")} className="mt-3 flex flex-col gap-2">
          {hits.map((hit) => (
            <li key={hit.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-2">
              <span>
                <span className="font-medium">{hit.title}</span>
                <span className="block text-sm text-muted">
                  {hit.date ?? t("noDate")} · <span className="break-all">{hit.url}</span>
                </span>
              </span>
              <Button type="button" variant="link" onClick={() => pick(hit)} aria-label={t("pickLabel", { title: hit.title })}>
                {t("pick")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="mt-2 text-sm">
        {picked && t("picked", { title: picked })}
      </p>
    </details>
  );
}
