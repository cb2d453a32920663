"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { caseSchema, mergeValuesSchema, sessionValueSchema } from "@/lib/validation/values";
import { addCase, linkSessionValue, mergeValues } from "./values";

const path = (gemeente: string, sessionId: string) => `/${gemeente}/sessies/${sessionId}`;

export const addCaseAction = gemeenteAction(
  { permission: "cases.contribute", ids: [isId], schema: caseSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await addCase(actor, sessionId, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("values"))("caseAdded") };
  },
);

export const linkSessionValueAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: sessionValueSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await linkSessionValue(actor, sessionId, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  },
);

export const mergeValuesAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: mergeValuesSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await mergeValues(actor, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("values"))("merged") };
  },
);
