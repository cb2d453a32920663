"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { planSchema } from "@/lib/validation/planning";
import { z } from "@/lib/validation/zod";
import { proposeSessionPlan, saveSessionPlan } from "./plan";

const prepare = { permission: "sessions.prepare", ids: [isId] } as const;

export const saveSessionPlanAction = gemeenteAction({ ...prepare, schema: planSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await saveSessionPlan(actor, sessionId, input);
  revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});

/** Plans every deadline again backwards from the session date (the owners stay). */
export const proposeSessionPlanAction = gemeenteAction({ ...prepare, schema: z.object({}) }, async ({ actor, ids: [sessionId], gemeente }) => {
  await proposeSessionPlan(actor, sessionId);
  revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("planning"))("proposed") };
});
