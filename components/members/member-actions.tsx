"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
const ROLES = ["RAADSLID", "GRIFFIER", "FACILITATOR", "BEHEERDER"] as const;

/** Change the role of, or remove, one membership. Removal asks for confirmation in a disclosure. */
export function MemberActions({ member, gemeenteName, changeRole, remove }: {
  member: { id: string; name: string; role: string };
  gemeenteName: string;
  changeRole: Action;
  remove: Action;
}) {
  const t = useTranslations();
  const [roleState, roleAction, rolePending] = useActionState(changeRole, initialFormState);
  const [removeState, removeAction, removePending] = useActionState(remove, initialFormState);
  const selectId = `rol-${member.id}`;
  return (
    <div className="flex flex-col gap-2">
      <form action={roleAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="membershipId" value={member.id} />
        <label htmlFor={selectId} className="sr-only">
          {t("members.changeRoleFor", { name: member.name })}
        </label>
        <select id={selectId} name="role" defaultValue={member.role} className={`${inputClass()} w-auto`}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={rolePending}>
          {t("members.save")}
          <span className="sr-only">&nbsp;{t("members.changeRoleFor", { name: member.name }).toLowerCase()}</span>
        </Button>
      </form>
      <FormMessage state={roleState} />
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-danger underline">{t("members.removeFor", { name: member.name })}</summary>
        <form action={removeAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="membershipId" value={member.id} />
          <p>{t("members.removeConfirm", { name: member.name, gemeente: gemeenteName })}</p>
          <Button type="submit" variant="danger" disabled={removePending} className="self-start">
            {t("members.remove")}
          </Button>
        </form>
      </details>
      <FormMessage state={removeState} />
    </div>
  );
}
