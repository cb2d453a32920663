import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";
import { inputClass } from "./input-class";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children?: (ids: { describedBy?: string; invalid: boolean }) => ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "children">;

/**
 * A labelled form field with its hint and errors linked by aria-describedby.
 * Pass `children` to render a select or textarea instead of an input (and give
 * it `required` too). A required field says so next to its label before anyone
 * submits; screen readers hear it from the `required` attribute itself.
 */
export function Field({ name, label, hint, errors, children, id, ...input }: FieldProps) {
  const t = useTranslations("forms");
  const fieldId = id ?? `veld-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = Boolean(errorId);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline gap-x-1">
        <label htmlFor={fieldId} className="font-medium">
          {label}
        </label>
        {/* Beside the label, not in it: the field's name stays its label alone. */}
        {input.required && (
          <span aria-hidden="true" className="text-muted">
            ({t("required")})
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children ? (
        children({ describedBy, invalid })
      ) : (
        <input
          id={fieldId}
          name={name}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClass(invalid)}
          {...input}
        />
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

type SelectFieldProps = {
  id?: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
  defaultValue?: string;
  /** The text of an empty first choice ("none"), when there is one. */
  empty?: string;
};

/** A labelled select with its hint and errors, like Field. */
export function SelectField({ id, name, options, defaultValue, empty, ...field }: SelectFieldProps & { required?: boolean }) {
  const selectId = id ?? `veld-${name}`;
  return (
    <Field id={selectId} name={name} {...field}>
      {({ describedBy, invalid }) => (
        <select id={selectId} name={name} defaultValue={defaultValue} required={field.required} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass(invalid)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
