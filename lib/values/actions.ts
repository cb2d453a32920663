"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { caseSchema, mergeValuesSchema, sessionValueSchema } from "@/lib/validation/values";
import { addCase, linkSessionValue, mergeValues } from "./values";

const path = (gemeente: string, sessionId: string) => `/${gemeente}/sessies/${sessionId}`;

export async function addCaseAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, caseSchema, async (input) => {
    await addCase(await actorForAction(gemeente, "cases.contribute"), sessionId, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("values"))("caseAdded") };
  }, [sessionId]);
}

export async function linkSessionValueAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, sessionValueSchema, async (input) => {
    await linkSessionValue(await actorForAction(gemeente, "sessions.prepare"), sessionId, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  }, [sessionId]);
}

export async function mergeValuesAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, mergeValuesSchema, async (input) => {
    await mergeValues(await actorForAction(gemeente, "sessions.prepare"), input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("values"))("merged") };
  }, [sessionId]);
}
