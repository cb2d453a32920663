import type { MessageNarrowing } from "@/lib/i18n/client-messages";
import { optionKeys, STEP_FORMS, type FieldSpec, type Spec } from "./form-spec";
import { stepByNumber, type StepNumber } from "./steps";

/**
 * Which "preparation" messages the browser needs on a step page (issue 17). The step form
 * (components/preparation/step-form.tsx, step-fields.tsx, step-data-summary.tsx) builds its
 * labels from the step's spec, so the scan of client components ships the whole namespace
 * for the route (~22 KB: every step's texts, the warnings, the guidance of the overview…).
 * One step's form asks for far less: the keys it uses on every step, its own step's field
 * labels, and the labels of the options its fields offer.
 */

/**
 * The literal keys (under "preparation") the step form's components use on every step.
 * tests/unit/preparation/form-messages.test.ts keeps this equal to what the scan finds in them.
 */
export const STEP_FORM_COMMON_KEYS = [
  "common.addItem",
  "common.no",
  "common.notChosen",
  "common.removeItem",
  "common.yes",
  "status",
  "statusField.followsContent",
  "statusField.label",
  "statusField.nvtReason",
] as const;

function fieldsOf(spec: Spec): FieldSpec[] {
  return spec.kind === "list" || spec.kind === "group" ? spec.fields : [spec];
}

/**
 * Every key (under "preparation") one step's form can ask for: the common keys, the step's
 * `fields` (labels of its fields, groups, lists and their rows' fields: labelKey) and each
 * option's texts (optionKeys).
 */
export function stepFormMessageKeys(number: StepNumber): string[] {
  const keys = new Set<string>([...STEP_FORM_COMMON_KEYS, `${stepByNumber(number)!.messageKey}.fields`]);
  for (const field of STEP_FORMS[number].flatMap(fieldsOf)) {
    for (const option of field.options ?? []) {
      const { label, explanation } = optionKeys(field, option);
      keys.add(label);
      if (explanation) keys.add(explanation);
    }
  }
  return [...keys].sort();
}

/** The step page's messages cut down to its own step's form (components/i18n/client-messages.tsx#withClientMessages). */
export function stepFormMessages(number: StepNumber): MessageNarrowing {
  return { id: `step-${number}`, within: "preparation", keys: stepFormMessageKeys(number).map((key) => `preparation.${key}`) };
}
