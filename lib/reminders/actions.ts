"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { reminderSettingsSchema } from "@/lib/validation/mail";
import { saveReminderSettings } from "./settings";

/** Any member chooses which reminders their daily digest holds (their own setting, in any of their gemeenten). */
export const saveReminderSettingsAction = gemeenteAction({ permission: "gemeente.view", schema: reminderSettingsSchema }, async ({ input, gemeente }) => {
  const user = await getSessionUser();
  if (!user) throw new AppError("NOT_FOUND");
  await saveReminderSettings(user.id, input.kinds);
  revalidatePath(`/${gemeente}/account`);
  return { status: "success", message: (await getTranslations("reminders.settings"))("saved") };
});
