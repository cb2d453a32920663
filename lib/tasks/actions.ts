"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { cardReadSchema, caseDeadlineSchema } from "@/lib/validation/tasks";
import { markCardRead, setCaseDeadline } from "./tasks";

/** A raadslid ticks off (or un-ticks) a card they were asked to read, on their dashboard. */
export const markCardReadAction = gemeenteAction({ permission: "tasks.receive", schema: cardReadSchema }, async ({ actor, input, gemeente }) => {
  await markCardRead(actor, input);
  revalidatePath(`/${gemeente}`);
  return { status: "success", message: (await getTranslations("tasks"))(input.read ? "markedRead" : "markedUnread") };
});

/** The griffier sets the date by which the invited raadsleden are asked to bring a casus (planning page). */
export const setCaseDeadlineAction = gemeenteAction(
  { permission: "sessions.prepare", ids: [isId], schema: caseDeadlineSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await setCaseDeadline(actor, sessionId, input.caseDeadline);
    revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
    revalidatePath(`/${gemeente}`);
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  },
);
