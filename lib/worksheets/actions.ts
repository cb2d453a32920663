"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { answerSchema, repeatControlSchema, repeatStartSchema, worksheetControlSchema } from "@/lib/validation/worksheets";
import { saveAnswer } from "./answers";
import { controlWorksheet } from "./manage-worksheet";
import { controlRepeat, startRepeat } from "./repeats";

export const saveAnswerAction = gemeenteAction(
  { permission: "worksheets.answer", ids: [isId], schema: answerSchema },
  async ({ actor, input, ids: [sessionId] }) => {
    await saveAnswer(actor, sessionId, input);
    return { status: "success", message: (await getTranslations("worksheet"))("saved"), data: { savedAt: new Date().toISOString(), actorId: input.actorId } };
  },
);

export const controlWorksheetAction = gemeenteAction({ permission: "sessions.run", schema: worksheetControlSchema }, async ({ actor, input, gemeente }) => {
  await controlWorksheet(actor, input);
  revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("worksheet.control"))(`done.${input.command}`) };
});

export const startRepeatAction = gemeenteAction({ permission: "sessions.run", schema: repeatStartSchema }, async ({ actor, input, gemeente }) => {
  await startRepeat(actor, input);
  revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("worksheet.repeats"))("started") };
});

export const controlRepeatAction = gemeenteAction({ permission: "sessions.run", schema: repeatControlSchema }, async ({ actor, input, gemeente }) => {
  await controlRepeat(actor, input);
  revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
  return { status: "success", message: (await getTranslations("worksheet.control"))(`done.${input.command}`) };
});

/** A raadslid's answer in a herhaling: the same form as the first round, addressed by session and herhaling. */
export const saveRepeatAnswerAction = gemeenteAction(
  { permission: "worksheets.answer", ids: [isId, isId], schema: answerSchema },
  async ({ actor, input, ids: [sessionId, repeatId] }) => {
    await saveAnswer(actor, sessionId, input, repeatId);
    return { status: "success", message: (await getTranslations("worksheet"))("saved"), data: { savedAt: new Date().toISOString(), actorId: input.actorId } };
  },
);
