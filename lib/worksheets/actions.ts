"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { answerSchema, worksheetControlSchema } from "@/lib/validation/worksheets";
import { saveAnswer } from "./answers";
import { controlWorksheet } from "./manage-worksheet";

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
