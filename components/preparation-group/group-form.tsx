"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

/** The griffier picks the raadsleden who co-prepare this session (they may edit its steps). */
export function PreparationGroupForm({ candidates, memberIds, action }: {
  candidates: { id: string; name: string }[];
  memberIds: string[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("preparationGroup");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" && state.values ? (state.values.members ?? "").split(",") : null;
  if (candidates.length === 0) return <p className="text-sm text-muted">{t("noCandidates")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-1 font-medium">{t("legend")}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="members" value={c.id} defaultChecked={(echoed ?? memberIds).includes(c.id)} className="h-5 w-5" />
            {c.name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("save")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
