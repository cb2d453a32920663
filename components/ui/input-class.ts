/**
 * The look of a text input, select or textarea, red and thicker when invalid. A module of
 * its own: a form that only needs the class (the worksheet's answer card) does not bring
 * Field and SelectField into the page's JavaScript.
 */
export function inputClass(invalid = false): string {
  return `min-h-11 w-full rounded-md border bg-white px-3 py-2 ${invalid ? "border-danger border-2" : "border-muted"}`;
}
