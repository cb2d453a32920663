"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { erasePersonSchema, minimumGroupSizeSchema, retentionSchema, runRetentionSchema } from "@/lib/validation/privacy";
import { erasePerson } from "./erase-person";
import { runRetentionNow, setMinimumGroupSize, setRetention } from "./retention";

export const erasePersonAction = gemeenteAction({ permission: "members.manage", schema: erasePersonSchema }, async ({ actor, input, gemeente }) => {
  const result = await erasePerson(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  // The person's row (and its form with any message) is gone: say it at the top of the page.
  redirect(`/${gemeente}/leden?gewist=${result.userDeleted ? "account" : "lid"}&losgekoppeld=${result.answersDetached}`);
});

export const saveRetentionAction = gemeenteAction({ permission: "members.manage", schema: retentionSchema }, async ({ actor, input, gemeente }) => {
  await setRetention(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  const t = await getTranslations("privacy");
  return { status: "success", message: input.months === null ? t("retentionOff") : t("retentionSaved", { months: input.months }) };
});

export const runRetentionAction = gemeenteAction({ permission: "members.manage", schema: runRetentionSchema }, async ({ actor, gemeente }) => {
  const run = await runRetentionNow(actor);
  revalidatePath(`/${gemeente}`, "layout");
  const t = await getTranslations("privacy");
  return { status: "success", message: t("retentionRan", { worksheets: run.worksheets, answers: run.answersRemoved }) };
});

export const saveMinimumGroupSizeAction = gemeenteAction({ permission: "members.manage", schema: minimumGroupSizeSchema }, async ({ actor, input, gemeente }) => {
  await setMinimumGroupSize(actor, input);
  revalidatePath(`/${gemeente}`, "layout");
  return { status: "success", message: (await getTranslations("privacy"))("minimumGroupSizeSaved", { k: input.k }) };
});
