"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { answerSchema, worksheetControlSchema } from "@/lib/validation/worksheets";
import { saveAnswer } from "./answers";
import { controlWorksheet } from "./manage-worksheet";

export async function saveAnswerAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, answerSchema, async (input) => {
    await saveAnswer(await actorForAction(gemeente, "worksheets.answer"), sessionId, input);
    return { status: "success", message: (await getTranslations("worksheet"))("saved"), data: { savedAt: new Date().toISOString() } };
  }, [sessionId]);
}

export async function controlWorksheetAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, worksheetControlSchema, async (input) => {
    await controlWorksheet(await actorForAction(gemeente, "sessions.run"), input);
    revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
    return { status: "success", message: (await getTranslations("worksheet.control"))(`done.${input.command}`) };
  });
}
