"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Case = { id: string; group: string; description: string; values: string[]; status: "PENDING" | "APPROVED" | "REJECTED" };

/** The live control's list of guests' cases: approve one to put it on the projector, or reject it (kept, never shown). */
export function GuestCaseReview({ cases, action }: {
  cases: Case[];
  action: (caseId: string, prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("guests.cases");
  if (cases.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {cases.map((c) => (
        <CaseItem key={c.id} item={c} action={action.bind(null, c.id)} />
      ))}
    </ul>
  );
}

function CaseItem({ item, action }: { item: Case; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("guests.cases");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const status = { PENDING: t("pending"), APPROVED: t("approved"), REJECTED: t("rejected") }[item.status];
  return (
    <li className="flex flex-col gap-2 border-b border-line pb-4" data-testid="gastcasus">
      <p className="text-sm text-muted">
        {t("from", { group: item.group })} · <span className="font-medium">{status}</span>
      </p>
      <p className="whitespace-pre-line">{item.description}</p>
      {item.values.length > 0 && <p className="text-sm">{t("valuesList", { values: item.values.join(", ") })}</p>}
      <form action={formAction} className="flex flex-wrap gap-2">
        {item.status !== "APPROVED" && (
          <Button type="submit" name="decision" value="APPROVED" pending={pending} variant="secondary">
            {t("approve")}
          </Button>
        )}
        {item.status !== "REJECTED" && (
          <Button type="submit" name="decision" value="REJECTED" pending={pending} variant="secondary">
            {t("reject")}
          </Button>
        )}
      </form>
      <FormMessage state={state} />
    </li>
  );
}
