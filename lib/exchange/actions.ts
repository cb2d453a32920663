"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { refusedArguments, runAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { importSession } from "./import-session";

const MAX_BYTES = 2 * 1024 * 1024;

/** Upload of a session file: read, parse, validate everything, then write in one go. */
export async function importSessionAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const refused = await refusedArguments(formData, []);
  if (refused) return refused;
  const t = await getTranslations("exchange");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: t("noFile"), fieldErrors: { file: [t("noFile")] } };
  if (file.size > MAX_BYTES) return { status: "error", message: t("tooLarge"), fieldErrors: { file: [t("tooLarge")] } };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { status: "error", message: t("notJson"), fieldErrors: { file: [t("notJson")] } };
  }
  let target: string | null = null;
  const state = await runAction({}, async (): Promise<FormState> => {
    const actor = await actorForAction(gemeente, "sessions.prepare");
    const result = await importSession(actor, json);
    if (!result.ok) return { status: "error", message: t("refused"), data: { problems: JSON.stringify(result.problems) } };
    target = `/${gemeente}/sessies/${result.sessionId}`;
    return { status: "success" };
  });
  if (target) redirect(target);
  return state;
}
