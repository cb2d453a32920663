"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { formatDutchNumber, formatEuro, parseDutchAmount } from "@/lib/numbers/dutch";
import { labelKey, optionKeys, type FieldSpec, type GroupSpec, type ListSpec } from "@/lib/preparation/form-spec";

type Errors = Record<string, string[]>;
type Translate = ReturnType<typeof useTranslations<"preparation">>;

// The keys these components build from a step's spec (labelKey, optionKeys) are the ones
// the step page ships for that step (lib/preparation/form-messages.ts); their literal keys
// are that file's STEP_FORM_COMMON_KEYS (tests/unit/preparation/form-messages.test.ts).

export function optionLabel(t: Translate, field: FieldSpec, value: string): string {
  return t(optionKeys(field, value).label as never);
}

/** One input of a step form; `name` is the data path, `label` already translated. */
export function StepField({ field, name, label, value, errors }: {
  field: FieldSpec;
  name: string;
  label: string;
  value: unknown;
  errors: Errors;
}) {
  const t = useTranslations("preparation");
  const id = `veld-${name.replaceAll(".", "-")}`;
  const fieldErrors = errors[name];
  switch (field.kind) {
    case "checkbox":
      return (
        <div>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" id={id} name={name} value="true" defaultChecked={value === true} className="h-5 w-5" />
            {label}
          </label>
          {fieldErrors && <p className="text-sm font-medium text-danger">{fieldErrors.join(" ")}</p>}
        </div>
      );
    case "radio":
      return (
        <fieldset className="flex flex-col gap-1" aria-describedby={fieldErrors ? `${id}-fout` : undefined}>
          <legend className="mb-1 font-medium">{label}</legend>
          {field.options!.map((option) => {
            const { explanation } = optionKeys(field, option);
            return (
              <label key={option} className="flex min-h-11 items-start gap-3 py-1">
                <input type="radio" name={name} value={option} defaultChecked={value === option} className="mt-1 h-5 w-5 shrink-0" />
                <span>
                  {optionLabel(t, field, option)}
                  {explanation && <span className="block text-sm text-muted">{t(explanation as never)}</span>}
                </span>
              </label>
            );
          })}
          {field.nullable && (
            <label className="flex min-h-11 items-center gap-3 py-1 text-muted">
              <input type="radio" name={name} value="" defaultChecked={value === null || value === undefined} className="h-5 w-5" />
              {t("common.notChosen")}
            </label>
          )}
          {fieldErrors && (
            <p id={`${id}-fout`} className="text-sm font-medium text-danger">
              {fieldErrors.join(" ")}
            </p>
          )}
        </fieldset>
      );
    case "select":
      return (
        <Field name={name} id={id} label={label} errors={fieldErrors}>
          {({ describedBy, invalid }) => (
            <select id={id} name={name} defaultValue={String(value ?? "")} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
              {field.options!.map((option) => (
                <option key={option} value={option}>
                  {optionLabel(t, field, option)}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case "textarea":
      return (
        <Field name={name} id={id} label={label} errors={fieldErrors}>
          {({ describedBy, invalid }) => (
            <textarea id={id} name={name} rows={3} defaultValue={String(value ?? "")} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)} />
          )}
        </Field>
      );
    case "amount":
      return <AmountField id={id} name={name} label={label} value={value} errors={fieldErrors} />;
    default:
      return (
        <Field
          name={name}
          id={id}
          label={label}
          type={field.kind === "number" ? "text" : field.kind}
          inputMode={field.kind === "number" ? "decimal" : undefined}
          defaultValue={value === null || value === undefined ? "" : typeof value === "number" ? formatDutchNumber(value) : String(value)}
          errors={fieldErrors}
        />
      );
  }
}

export function StepGroup({ spec, value, errors, messageKey }: { spec: GroupSpec; value: Record<string, unknown>; errors: Errors; messageKey: string }) {
  const t = useTranslations("preparation");
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{t(labelKey(messageKey, spec.name) as never)}</legend>
      {spec.fields.map((field) => (
        <StepField key={field.name} field={field} name={`${spec.name}.${field.name}`} label={t(labelKey(messageKey, field.name) as never)} value={value?.[field.name]} errors={errors} />
      ))}
    </fieldset>
  );
}

export function StepList({ spec, rows, values, errors, messageKey, readOnly, onAdd, onRemove }: {
  spec: ListSpec;
  rows: string[];
  values: Map<string, Record<string, unknown>>;
  errors: Errors;
  messageKey: string;
  readOnly: boolean;
  onAdd: () => void;
  onRemove: (rowId: string) => void;
}) {
  const t = useTranslations("preparation");
  const ts = useTranslations("steps");
  const title = t(labelKey(messageKey, spec.name) as never);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-lg font-semibold">{title}</legend>
      {errors[spec.name] && <p className="text-sm font-medium text-danger">{errors[spec.name].join(" ")}</p>}
      <ol className="flex flex-col gap-3">
        {rows.map((rowId, index) => (
          <li key={rowId || `spare-${index}`} className="rounded-md border border-line p-4">
            <fieldset className="flex flex-col gap-3">
              <legend className="text-sm font-medium text-muted">{ts("rowLabel", { number: index + 1 })}</legend>
              <input type="hidden" name={`${spec.name}.${index}.id`} value={rowId.startsWith("spare") ? "" : rowId} />
              {spec.fields.map((field) => (
                <StepField
                  key={field.name}
                  field={field}
                  name={`${spec.name}.${index}.${field.name}`}
                  label={t(labelKey(messageKey, `${spec.itemKey}.${field.name}`) as never)}
                  value={values.get(rowId)?.[field.name]}
                  errors={errors}
                />
              ))}
              {!readOnly && (
                <button type="button" onClick={() => onRemove(rowId)} className="no-js-hidden min-h-11 self-start text-danger underline">
                  {t("common.removeItem")}
                  <span className="sr-only">
                    {" "}
                    {title} {index + 1}
                  </span>
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={onAdd} className="no-js-hidden min-h-11 rounded-md border border-accent px-4 py-2 text-accent hover:bg-accent-soft">
            {t("common.addItem")}
            <span className="sr-only">: {title}</span>
          </button>
          <span className="text-sm text-muted">{ts("emptyRowHint")}</span>
        </div>
      )}
    </fieldset>
  );
}

/**
 * An amount in euros, read the Dutch way ("25.000" is twenty-five thousand), with
 * what was understood shown under the field before anything is saved.
 */
function AmountField({ id, name, label, value, errors }: { id: string; name: string; label: string; value: unknown; errors?: string[] }) {
  const t = useTranslations("steps");
  const [typed, setTyped] = useState(typeof value === "number" ? formatDutchNumber(value) : typeof value === "string" ? value : "");
  const parsed = typed.trim() === "" ? null : parseDutchAmount(typed);
  const readAs = parsed === null ? "" : parsed.ok ? t("amountReadAs", { amount: formatEuro(parsed.value) }) : t("amountUnreadable");
  return (
    <Field name={name} id={id} label={label} errors={errors}>
      {({ describedBy, invalid }) => (
        <>
          <input
            id={id}
            name={name}
            type="text"
            inputMode="decimal"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-describedby={[describedBy, `${id}-gelezen`].filter(Boolean).join(" ")}
            aria-invalid={invalid || undefined}
            className={inputClass(invalid)}
          />
          <p id={`${id}-gelezen`} className="text-sm text-muted" aria-live="polite">
            {readAs}
          </p>
        </>
      )}
    </Field>
  );
}
