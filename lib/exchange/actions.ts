"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { refusedArguments, runAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { importSession } from "./import-session";
import { MAX_IMPORT_MEGABYTES } from "./limits.mjs";
import { MAX_JSON_DEPTH, readSessionFile } from "./read-file";

/** Upload of a session file: read, parse, validate everything, then write in one go. */
export async function importSessionAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const refused = await refusedArguments(formData, []);
  if (refused) return refused;
  const t = await getTranslations("exchange");
  const file = await readSessionFile(formData.get("file"));
  if (!file.ok) {
    const message = t(file.refusal, { max: MAX_IMPORT_MEGABYTES, depth: MAX_JSON_DEPTH });
    return { status: "error", message, fieldErrors: { file: [message] } };
  }
  let target: string | null = null;
  const state = await runAction({}, async (): Promise<FormState> => {
    const actor = await actorForAction(gemeente, "sessions.prepare");
    const result = await importSession(actor, file.json);
    if (!result.ok) return { status: "error", message: t("refused"), data: { problems: JSON.stringify(result.problems) } };
    target = `/${gemeente}/sessies/${result.sessionId}`;
    return { status: "success" };
  });
  if (target) redirect(target);
  return state;
}
