/**
 * The one shape every form action returns (used with React's useActionState).
 * `values` echoes what the user typed, so a refused form keeps its input even
 * without JavaScript.
 */
export type FormState<D extends object = FormResult> = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /**
   * What the action hands back besides its message, typed per form (an invitation
   * link, a new version, the other person's version on a conflict, the problems
   * of an import). React serialises it; no JSON inside strings.
   */
  data?: D;
};

/** The result data of a form that has none of its own. */
export type FormResult = Record<string, string>;

export const initialFormState: FormState<never> = { status: "idle" };

/** The text fields of a submitted form, for echoing back after an error. */
export function formValues(formData: FormData, omit: string[] = ["password", "passwordRepeat"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || omit.includes(key)) continue;
    // Repeated names (checkbox groups) are kept comma-separated.
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/**
 * Removes NUL characters from every string in a value. PostgreSQL cannot store
 * them (not in text, not in jsonb): left in, they turn a form post or an import
 * into an unexpected database error instead of a saved or refused input.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNul(v)])) as T;
  }
  return value;
}

/** FormData as an object for zod: a repeated name (a checkbox group) becomes an array. */
export function formObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).map(withoutNul);
    out[withoutNul(key)] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** A form action as a client form receives it (useActionState), with its typed result data. */
export type FormAction<D extends object = FormResult> = (prev: FormState<D>, formData: FormData) => Promise<FormState<D>>;
