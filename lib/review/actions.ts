"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { reviewSchema } from "@/lib/validation/review";
import { saveReview } from "./save-review";

export const saveReviewAction = gemeenteAction({ permission: "sessions.review", schema: reviewSchema }, async ({ actor, input, gemeente }) => {
  await saveReview(actor, input);
  revalidatePath(`/${gemeente}/sessies/${input.sessionId}`, "layout");
  // A written review takes the session off the dashboard's "wachten op een terugblik".
  revalidatePath(`/${gemeente}`);
  return { status: "success", message: (await getTranslations("forms"))("saved"), data: { version: input.version + 1 } };
});
