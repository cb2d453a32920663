"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { reviewSchema } from "@/lib/validation/review";
import { saveReview } from "./save-review";

export async function saveReviewAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reviewSchema, async (input) => {
    await saveReview(await actorForAction(gemeente, "sessions.review"), input);
    revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved"), data: { version: String(input.version + 1) } };
  });
}
