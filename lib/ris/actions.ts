"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import type { FormState } from "@/lib/forms/state";
import { isId } from "@/lib/validation/ids";
import { oriBaseUrlSchema, oriSearchSchema, sessionRisLinkSchema } from "@/lib/validation/ris";
import type { OriSearchData } from "./ori";
import { lookUpOri, setOriBaseUrl, setSessionRisUrl } from "./ris";

export const saveOriBaseUrlAction = gemeenteAction({ permission: "members.manage", schema: oriBaseUrlSchema }, async ({ actor, input, gemeente }) => {
  await setOriBaseUrl(actor, input.oriBaseUrl);
  revalidatePath(`/${gemeente}/leden`);
  const t = await getTranslations("ris");
  return { status: "success", message: input.oriBaseUrl ? t("baseUrlSaved") : t("baseUrlCleared") };
});

export const saveSessionRisLinkAction = gemeenteAction({ permission: "sessions.prepare", ids: [isId], schema: sessionRisLinkSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await setSessionRisUrl(actor, sessionId, input.risUrl);
  revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});

export const searchOriAction = gemeenteAction(
  { permission: "sessions.prepare", schema: oriSearchSchema },
  async ({ actor, input, values }): Promise<FormState<OriSearchData>> => {
    const t = await getTranslations("ris");
    const result = await lookUpOri(actor, input.query, input.kind);
    if (!result.ok) return { status: "error", message: t(`lookup.${result.reason}`), values };
    return { status: "success", message: t("lookup.found", { count: result.hits.length }), values, data: { hits: result.hits } };
  },
);
