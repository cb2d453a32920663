"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/**
 * A form with one web address and a save button (the session's RIS link, the gemeente's ORI API).
 * A refused address comes back as typed, with its message beside the field.
 */
export function UrlForm({ action, id, name, value, label, hint, saveLabel }: { action: FormAction; id: string; name: string; value: string; label: string; hint: string; saveLabel: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.[name] : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field id={id} name={name} type="url" label={label} hint={hint} defaultValue={typed ?? value} errors={state.fieldErrors?.[name]} />
      <Button type="submit" pending={pending} className="self-start">
        {saveLabel}
      </Button>
    </form>
  );
}
