"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function AddFractieForm({ action }: { action: Action }) {
  const t = useTranslations("fracties");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <Field id="fractie-naam" name="name" required label={t("name")} defaultValue={state.status === "error" ? state.values?.name : undefined} errors={state.fieldErrors?.name} />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("add")}
      </Button>
    </form>
  );
}

export function DeleteFractieButton({ fractieId, name, action }: { fractieId: string; name: string; action: Action }) {
  const t = useTranslations("fracties");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="fractieId" value={fractieId} />
      <Button type="submit" variant="link" pending={pending}>
        {t("delete")}
        <span className="sr-only">: {name}</span>
      </Button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

/** The fractie a raadslid belongs to (one at most). */
export function MemberFractieForm({ membershipId, memberName, fractieId, fracties, action }: {
  membershipId: string;
  memberName: string;
  fractieId: string | null;
  fracties: { id: string; name: string }[];
  action: Action;
}) {
  const t = useTranslations("fracties");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const id = `fractie-van-${membershipId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t("of")}
          <span className="sr-only"> {memberName}</span>
        </label>
        <select id={id} name="fractieId" defaultValue={fractieId ?? ""} className={inputClass()}>
          <option value="">{t("noFractie")}</option>
          {fracties.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        {t("save")}
        <span className="sr-only">: {memberName}</span>
      </Button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
