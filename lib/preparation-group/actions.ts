"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { preparationGroupSchema } from "@/lib/validation/preparation-group";
import { setPreparationGroup } from "./group";

/** The griffier sets who co-prepares this session. */
export const setPreparationGroupAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: preparationGroupSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await setPreparationGroup(actor, sessionId, input.members);
    revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  },
);
