"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { commitmentDoneSchema, commitmentSchema } from "@/lib/validation/commitments";
import { isId } from "@/lib/validation/ids";
import { addCommitment, setCommitmentDone } from "./commitments";

export const addCommitmentAction = gemeenteAction(
  { permission: "sessions.run", ids: [isId], schema: commitmentSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await addCommitment(actor, sessionId, input);
    revalidatePath(`/${gemeente}`, "layout");
    return { status: "success", message: (await getTranslations("commitments"))("added") };
  },
);

export const setCommitmentDoneAction = gemeenteAction({ permission: "sessions.run", schema: commitmentDoneSchema }, async ({ actor, input, gemeente }) => {
  await setCommitmentDone(actor, input);
  revalidatePath(`/${gemeente}`, "layout");
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});
