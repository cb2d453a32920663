"use client";

import { useTranslations } from "next-intl";
import { labelKey, type FieldSpec, type Spec } from "@/lib/preparation/form-spec";
import { optionLabel } from "./step-fields";

type Data = Record<string, unknown>;

/** A read-only view of a step's data, e.g. the other person's version after a conflict. */
export function StepDataSummary({ specs, messageKey, data, heading }: { specs: Spec[]; messageKey: string; data: Data; heading: string }) {
  const t = useTranslations("preparation");
  const show = (field: FieldSpec, value: unknown) => {
    if (value === null || value === undefined || value === "") return "—";
    if (field.kind === "checkbox") return value ? t("common.yes") : t("common.no");
    if (field.options) return optionLabel(t, field, String(value));
    return String(value);
  };
  const label = (path: string) => t(labelKey(messageKey, path) as never);
  return (
    <section className="rounded-md border-2 border-warn bg-white p-4" aria-label={heading}>
      <h2 className="mb-2 font-semibold">{heading}</h2>
      <dl className="flex flex-col gap-2">
        {specs.map((spec) => {
          if (spec.kind === "list") {
            const rows = (data[spec.name] as Data[]) ?? [];
            return (
              <div key={spec.name}>
                <dt className="font-medium">{label(spec.name)}</dt>
                <dd>
                  <ol className="list-decimal pl-5">
                    {rows.map((row, i) => (
                      <li key={String(row.id ?? i)}>{spec.fields.map((f) => `${label(`${spec.itemKey}.${f.name}`)}: ${show(f, row[f.name])}`).join(" · ")}</li>
                    ))}
                  </ol>
                </dd>
              </div>
            );
          }
          if (spec.kind === "group") {
            const group = (data[spec.name] as Data) ?? {};
            return (
              <div key={spec.name}>
                <dt className="font-medium">{label(spec.name)}</dt>
                <dd>{spec.fields.map((f) => `${label(f.name)}: ${show(f, group[f.name])}`).join(" · ")}</dd>
              </div>
            );
          }
          return (
            <div key={spec.name}>
              <dt className="font-medium">{label(spec.name)}</dt>
              <dd className="whitespace-pre-line">{show(spec, data[spec.name])}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
