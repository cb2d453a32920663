"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import type { ImportResult } from "@/lib/exchange/import-session";
import type { FormState } from "@/lib/forms/state";
import { isId } from "@/lib/validation/ids";
import { issueText } from "@/lib/validation/issues";
import { deleteTemplateSchema, editTemplateSchema, saveTemplateSchema, startAsCopySchema, startFromTemplateSchema } from "@/lib/validation/templates";
import { deleteTemplate, editTemplate, saveAsTemplate, startAsCopy, startFromTemplate } from "./templates";

/** To the new session; a refusal of the written file (a person no longer a member) is listed, nothing is written. */
async function toNewSession(result: ImportResult, gemeente: string, values: Record<string, string>): Promise<FormState> {
  if (!result.ok) {
    const t = await getTranslations("validation");
    return { status: "error", message: result.problems.map((p) => issueText(t, p)).join(" "), values };
  }
  revalidatePath(`/${gemeente}/sessies`);
  redirect(`/${gemeente}/sessies/${result.sessionId}`);
}

export const startFromTemplateAction = gemeenteAction({ permission: "sessions.prepare", schema: startFromTemplateSchema }, async ({ actor, input, gemeente, values }) =>
  toNewSession(await startFromTemplate(actor, input.templateId, input), gemeente, values),
);

export const startAsCopyAction = gemeenteAction({ permission: "sessions.prepare", schema: startAsCopySchema }, async ({ actor, input, gemeente, values }) =>
  toNewSession(await startAsCopy(actor, input.sourceId, input.parts, input), gemeente, values),
);

/** "Opslaan als sjabloon" on the session page. */
export const saveAsTemplateAction = gemeenteAction({ permission: "sessions.prepare", ids: [isId], schema: saveTemplateSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await saveAsTemplate(actor, sessionId, input);
  revalidatePath(`/${gemeente}/sessies/nieuw`);
  return { status: "success", message: (await getTranslations("templates"))("saved", { name: input.name }) };
});

/** An own template's name and description, on the templates page. */
export const editTemplateAction = gemeenteAction({ permission: "sessions.prepare", ids: [isId], schema: editTemplateSchema }, async ({ actor, input, ids: [templateId], gemeente }) => {
  await editTemplate(actor, templateId, input);
  revalidatePath(`/${gemeente}/sessies/sjablonen`);
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});

/** Deletes an own template; back to the templates page, which says which one went (its row is gone). */
export const deleteTemplateAction = gemeenteAction({ permission: "sessions.prepare", ids: [isId], schema: deleteTemplateSchema }, async ({ actor, ids: [templateId], gemeente }) => {
  const { name } = await deleteTemplate(actor, templateId);
  revalidatePath(`/${gemeente}/sessies/sjablonen`);
  redirect(`/${gemeente}/sessies/sjablonen?verwijderd=${encodeURIComponent(name)}`);
});
