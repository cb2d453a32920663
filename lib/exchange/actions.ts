"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import type { Parsed } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { issueText } from "@/lib/validation/issues";
import { importSession } from "./import-session";
import { MAX_IMPORT_MEGABYTES } from "./limits.mjs";
import { MAX_JSON_DEPTH, readSessionFile } from "./read-file";

/** The uploaded file as JSON, read only once the caller may import (the builder authorises before parsing). */
async function parseSessionFile(formData: FormData): Promise<Parsed<unknown>> {
  const file = await readSessionFile(formData.get("file"));
  if (file.ok) return { ok: true, input: file.json };
  const message = (await getTranslations("exchange"))(file.refusal, { max: MAX_IMPORT_MEGABYTES, depth: MAX_JSON_DEPTH });
  return { ok: false, state: { status: "error", message, fieldErrors: { file: [message] } } };
}

/** Upload of a session file: read, parse, validate everything, then write in one go. */
export const importSessionAction = gemeenteAction({ permission: "sessions.prepare", parse: parseSessionFile }, async ({ actor, input, gemeente }): Promise<FormState<{ problems?: string[]; notices?: string[]; href?: string }>> => {
  const result = await importSession(actor, input);
  if (!result.ok) {
    const t = await getTranslations("validation");
    const problems = result.problems.map((p) => `${p.at || t("exchange.file")}: ${issueText(t, p)}`);
    return { status: "error", message: (await getTranslations("exchange"))("refused"), data: { problems } };
  }
  const href = `/${gemeente}/sessies/${result.sessionId}`;
  // What was left out is said before going on (an owner not found here), not hidden behind the redirect.
  if (result.notices.length) {
    const t = await getTranslations("validation");
    return { status: "success", message: (await getTranslations("exchange"))("importedWithNotices"), data: { notices: result.notices.map((p) => issueText(t, p)), href } };
  }
  redirect(href);
});
