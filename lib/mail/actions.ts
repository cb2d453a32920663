"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { retryMailSchema } from "@/lib/validation/mail";
import { retryMail } from "./failed-mail";

/** The beheerder puts an undelivered mail of the gemeente back in the outbox. */
export const retryMailAction = gemeenteAction({ permission: "members.manage", schema: retryMailSchema }, async ({ actor, input, gemeente }) => {
  const { recipient } = await retryMail(actor, input.mailId);
  revalidatePath(`/${gemeente}/leden`);
  return { status: "success", message: (await getTranslations("outbox"))("retried", { email: recipient }) };
});
