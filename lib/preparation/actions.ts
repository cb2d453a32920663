"use server";

import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { invalidState, refusedArguments, runAction } from "@/lib/forms/action";
import { formValues, withoutNul, type FormState } from "@/lib/forms/state";
import { versionSchema } from "@/lib/validation/version";
import { formToStepData } from "./form-data";
import { STEP_FORMS } from "./form-spec";
import { saveStep } from "./save-step";
import { parseStepData, stepStateSchema } from "./schemas";
import { isStepNumber } from "./steps";

/**
 * Saves one preparation step: from autosave and from a plain submit alike.
 * Field names are data paths; "_status", "_nvtReason" and "_version" carry the
 * step's state and the version the editor started from.
 */
export async function saveStepAction(
  gemeenteSlug: string,
  sessionId: string,
  stepNumber: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const refused = await refusedArguments(formData, [sessionId]);
  if (refused) return refused;
  const values = formValues(formData);
  const flat = withoutNul(Object.fromEntries(formData));
  if (!isStepNumber(stepNumber)) return invalidState({}, values);
  const data = formToStepData(STEP_FORMS[stepNumber], flat, () => crypto.randomUUID());
  const parsedData = parseStepData(stepNumber, data);
  const parsedState = stepStateSchema.safeParse({ status: flat._status, nvtReason: flat._nvtReason ?? "" });
  const parsedVersion = versionSchema.safeParse(flat._version);
  if (!parsedData.success || !parsedState.success || !parsedVersion.success) {
    const fieldErrors = parsedData.success ? {} : { ...parsedData.fieldErrors };
    if (!parsedState.success) {
      for (const issue of parsedState.error.issues) (fieldErrors[`_${String(issue.path[0])}`] ??= []).push(issue.message);
    }
    if (!parsedVersion.success) fieldErrors._version = parsedVersion.error.issues.map((issue) => issue.message);
    return invalidState(fieldErrors, values);
  }

  return runAction(values, async (): Promise<FormState> => {
    const actor = await actorForAction(gemeenteSlug, "sessions.prepare");
    const result = await saveStep(actor, {
      sessionId,
      number: stepNumber,
      version: parsedVersion.data,
      status: parsedState.data.status,
      nvtReason: parsedState.data.nvtReason,
      data: parsedData.data,
    });
    const t = await getTranslations("steps");
    if (!result.ok) {
      const { conflict } = result;
      return {
        status: "error",
        message: t("conflict", { name: conflict.updatedBy ?? "?" }),
        values,
        data: {
          conflict: JSON.stringify({ ...conflict, updatedAt: conflict.updatedAt.toISOString() }),
          version: String(conflict.version),
        },
      };
    }
    revalidatePath(`/${gemeenteSlug}/sessies/${sessionId}`, "layout");
    return { status: "success", message: t("saved"), data: { version: String(result.version), savedAt: new Date().toISOString() } };
  });
}
