"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { commitmentDoneSchema, commitmentSchema } from "@/lib/validation/commitments";
import { addCommitment, setCommitmentDone } from "./commitments";

export async function addCommitmentAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, commitmentSchema, async (input) => {
    await addCommitment(await actorForAction(gemeente, "sessions.run"), sessionId, input);
    revalidatePath(`/${gemeente}`, "layout");
    return { status: "success", message: (await getTranslations("commitments"))("added") };
  }, [sessionId]);
}

export async function setCommitmentDoneAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, commitmentDoneSchema, async (input) => {
    await setCommitmentDone(await actorForAction(gemeente, "sessions.run"), input);
    revalidatePath(`/${gemeente}`, "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  });
}
