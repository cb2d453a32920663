"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/field";
import { initialFormState, type FormState } from "@/lib/forms/state";

type Row = { number: number; title: string; deadline: string | null; ownerId: string | null };

/** Owner and deadline per step, in one form; works without JavaScript. A refused save keeps what was typed. */
export function PlanForm({ action, rows, candidates }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; rows: Row[]; candidates: { id: string; name: string }[] }) {
  const t = useTranslations("planning");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const echoed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("formCaption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">{t("step")}</th>
              <th scope="col" className="py-2 pr-3">{t("owner")}</th>
              <th scope="col" className="py-2">{t("deadline")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const ownerErrors = errors[`owner-${r.number}`];
              const deadlineErrors = errors[`deadline-${r.number}`];
              return (
                <tr key={r.number} className="border-b border-line align-top">
                  <th scope="row" id={`stap-${r.number}`} className="py-2 pr-3 font-normal">
                    {r.number}. {r.title}
                  </th>
                  <td className="py-2 pr-3">
                    <select
                      name={`owner-${r.number}`}
                      aria-label={t("ownerOf", { step: r.number })}
                      defaultValue={echoed?.[`owner-${r.number}`] ?? r.ownerId ?? ""}
                      aria-invalid={ownerErrors ? true : undefined}
                      aria-describedby={ownerErrors ? `fout-owner-${r.number}` : undefined}
                      className={inputClass(Boolean(ownerErrors))}
                    >
                      <option value="">{t("noOwner")}</option>
                      {candidates.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                    {ownerErrors && <p id={`fout-owner-${r.number}`} className="text-danger">{ownerErrors.join(" ")}</p>}
                  </td>
                  <td className="py-2">
                    <input
                      type="date"
                      name={`deadline-${r.number}`}
                      aria-label={t("deadlineOf", { step: r.number })}
                      defaultValue={echoed?.[`deadline-${r.number}`] ?? r.deadline ?? ""}
                      aria-invalid={deadlineErrors ? true : undefined}
                      aria-describedby={deadlineErrors ? `fout-deadline-${r.number}` : undefined}
                      className={inputClass(Boolean(deadlineErrors))}
                    />
                    {deadlineErrors && <p id={`fout-deadline-${r.number}`} className="text-danger">{deadlineErrors.join(" ")}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
