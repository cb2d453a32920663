"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { StartFields, type StartFrom } from "@/components/templates/start-fields";

type Person = { id: string; name: string };
export type SessionFormValues = {
  sessionId?: string;
  version?: number;
  title: string;
  theme: string;
  date: string;
  time: string;
  endTime: string;
  location: string;
  description: string;
  facilitatorIds: string[];
  inviteeIds: string[];
};

/** Create and edit a council session. On a refused save the typed values come back and stay. */
export function SessionForm({ action, initial, candidates, cancelHref, start }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: SessionFormValues;
  candidates: { facilitators: Person[]; raadsleden: Person[] };
  cancelHref: string;
  /** A new session from a template or as a copy: what it starts from, above its own fields. */
  start?: StartFrom;
}) {
  const t = useTranslations("sessions.form");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  const value = (name: keyof SessionFormValues) => (echoed ? (echoed[name] ?? "") : String(initial[name] ?? ""));
  const chosen = (name: "facilitatorIds" | "inviteeIds") =>
    echoed ? (echoed[name] ?? "").split(",").filter(Boolean) : initial[name];
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {initial.sessionId && <input type="hidden" name="sessionId" value={initial.sessionId} />}
      {initial.version && <input type="hidden" name="version" value={echoed?.version ?? initial.version} />}
      <FormMessage state={state} />
      {start && <StartFields start={start} echoed={echoed} errors={errors} />}
      <Field name="title" label={t("title")} hint={t("titleHint")} required defaultValue={value("title")} errors={errors.title} />
      <Field name="theme" label={t("theme")} hint={t("themeHint")} required defaultValue={value("theme")} errors={errors.theme} />
      <div className="grid gap-5 sm:grid-cols-3">
        <Field name="date" type="date" label={t("date")} required defaultValue={value("date")} errors={errors.date} />
        <Field name="time" type="time" label={t("time")} required defaultValue={value("time")} errors={errors.time} />
        <Field name="endTime" type="time" label={t("endTime")} defaultValue={value("endTime")} errors={errors.endTime} />
      </div>
      <Field name="location" label={t("location")} defaultValue={value("location")} errors={errors.location} />
      <Field name="description" label={t("description")} errors={errors.description}>
        {({ describedBy, invalid }) => (
          <textarea id="veld-description" name="description" rows={4} defaultValue={value("description")} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
        )}
      </Field>
      <PeoplePicker legend={t("facilitators")} name="facilitatorIds" people={candidates.facilitators} chosen={chosen("facilitatorIds")} empty={t("noFacilitators")} />
      <PeoplePicker legend={t("invitees")} name="inviteeIds" people={candidates.raadsleden} chosen={chosen("inviteeIds")} empty={t("noRaadsleden")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {initial.sessionId ? t("save") : t("create")}
        </Button>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center px-4 text-accent underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}

function PeoplePicker({ legend, name, people, chosen, empty }: { legend: string; name: string; people: Person[]; chosen: string[]; empty: string }) {
  return (
    <fieldset className="rounded-md border border-line p-4">
      <legend className="px-1 font-medium">{legend}</legend>
      {people.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name={name} value={p.id} defaultChecked={chosen.includes(p.id)} className="h-5 w-5" />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
