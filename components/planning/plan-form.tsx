"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/input-class";
import { initialFormState, type FormState } from "@/lib/forms/state";
import { PlanTable, type PlanTableLabels, type PlanTableRow } from "./plan-table";

/**
 * Owner and deadline per step, in the planning's own table (PlanTable) with those two
 * cells editable; works without JavaScript. A refused save keeps what was typed.
 */
export function PlanForm({ action, rows, labels, candidates }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  rows: PlanTableRow[];
  labels: PlanTableLabels;
  candidates: { id: string; name: string }[];
}) {
  const t = useTranslations("planning");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const described = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `fout-${name}` } : {});
  const error = (name: string) => errors[name] && <p id={`fout-${name}`} className="text-danger">{errors[name].join(" ")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <PlanTable
        rows={rows}
        labels={{ ...labels, caption: t("formCaption") }}
        ownerCell={(r) => (
          <>
            <select
              name={`owner-${r.number}`}
              aria-label={t("ownerOf", { step: r.number })}
              defaultValue={echoed?.[`owner-${r.number}`] ?? r.ownerId ?? ""}
              {...described(`owner-${r.number}`)}
              className={inputClass(Boolean(errors[`owner-${r.number}`]))}
            >
              <option value="">{t("noOwner")}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {error(`owner-${r.number}`)}
          </>
        )}
        deadlineCell={(r) => (
          <>
            <input
              type="date"
              name={`deadline-${r.number}`}
              aria-label={t("deadlineOf", { step: r.number })}
              defaultValue={echoed?.[`deadline-${r.number}`] ?? r.deadline ?? ""}
              {...described(`deadline-${r.number}`)}
              className={inputClass(Boolean(errors[`deadline-${r.number}`]))}
            />
            {error(`deadline-${r.number}`)}
          </>
        )}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

/** Plans all deadlines again from the session date. */
export function ProposeForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("planning");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <p className="text-sm text-muted">{t("proposeHint")}</p>
      <div>
        <Button type="submit" pending={pending} variant="secondary">
          {t("propose")}
        </Button>
      </div>
    </form>
  );
}
