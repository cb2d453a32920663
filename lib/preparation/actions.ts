"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { invalidState, type Parsed } from "@/lib/forms/action";
import { fieldErrorsOf, issueText } from "@/lib/validation/issues";
import { formValues, withoutNul, type FormState } from "@/lib/forms/state";
import { isId } from "@/lib/validation/ids";
import { versionSchema } from "@/lib/validation/version";
import { formToStepData } from "./form-data";
import { STEP_FORMS } from "./form-spec";
import { saveStep, type SaveStepInput, type StepFormResult } from "./save-step";
import { parseStepData, stepStateSchema } from "./schemas";
import { isStepNumber, type StepNumber } from "./steps";

type StepForm = Omit<SaveStepInput, "sessionId" | "number">;

/**
 * Reads one step's form: field names are data paths; "_status", "_nvtReason"
 * and "_version" carry the step's state and the version the editor started from.
 */
async function parseStepForm(formData: FormData, [, stepNumber]: [string, StepNumber]): Promise<Parsed<StepForm>> {
  const flat = withoutNul(Object.fromEntries(formData));
  const data = formToStepData(STEP_FORMS[stepNumber], flat, () => crypto.randomUUID());
  const parsedData = parseStepData(stepNumber, data);
  const parsedState = stepStateSchema.safeParse({ status: flat._status, nvtReason: flat._nvtReason ?? "" });
  const parsedVersion = versionSchema.safeParse(flat._version);
  if (parsedData.success && parsedState.success && parsedVersion.success) {
    return { ok: true, input: { version: parsedVersion.data, status: parsedState.data.status, nvtReason: parsedState.data.nvtReason, data: parsedData.data } };
  }
  const t = await getTranslations("validation");
  const fieldErrors = parsedData.success ? {} : fieldErrorsOf(parsedData.error, t);
  if (!parsedState.success) {
    for (const issue of parsedState.error.issues) (fieldErrors[`_${String(issue.path[0])}`] ??= []).push(issueText(t, issue));
  }
  if (!parsedVersion.success) fieldErrors._version = parsedVersion.error.issues.map((issue) => issueText(t, issue));
  return { ok: false, state: await invalidState(fieldErrors, formValues(formData)) };
}

/** Saves one preparation step: from autosave and from a plain submit alike. */
export const saveStepAction = gemeenteAction(
  // A raadslid passes only for a session whose preparation group they are in (saveStep's scope).
  { permission: "steps.edit", ids: [isId, isStepNumber], parse: parseStepForm },
  async ({ actor, input, ids: [sessionId, stepNumber], gemeente, values }): Promise<FormState<StepFormResult>> => {
    const result = await saveStep(actor, { sessionId, number: stepNumber, ...input });
    const t = await getTranslations("steps");
    if (!result.ok) {
      const { conflict } = result;
      return {
        status: "error",
        message: t("conflict", { name: conflict.updatedBy ?? "?" }),
        values,
        data: { conflict: { data: conflict.data, updatedBy: conflict.updatedBy, updatedAt: conflict.updatedAt.toISOString() }, version: conflict.version },
      };
    }
    revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
    return { status: "success", message: t("saved"), data: { version: result.version, status: result.status, savedAt: new Date().toISOString() } };
  },
);
