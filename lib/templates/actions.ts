"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import type { ImportResult } from "@/lib/exchange/import-session";
import type { FormState } from "@/lib/forms/state";
import { isId } from "@/lib/validation/ids";
import { issueText } from "@/lib/validation/issues";
import { saveTemplateSchema, startAsCopySchema, startFromTemplateSchema } from "@/lib/validation/templates";
import { saveAsTemplate, startAsCopy, startFromTemplate } from "./templates";

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
