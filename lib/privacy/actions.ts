"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { erasePersonSchema, minimumGroupSizeSchema, retentionSchema, runRetentionSchema } from "@/lib/validation/privacy";
import { erasePerson } from "./erase-person";
import { runRetentionNow, setMinimumGroupSize, setRetention } from "./retention";

export async function erasePersonAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, erasePersonSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    const result = await erasePerson(actor, input);
    revalidatePath(`/${gemeenteSlug}/leden`);
    // The person's row (and its form with any message) is gone: say it at the top of the page.
    redirect(`/${gemeenteSlug}/leden?gewist=${result.userDeleted ? "account" : "lid"}&losgekoppeld=${result.answersDetached}`);
  });
}

export async function saveRetentionAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, retentionSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    await setRetention(actor, input);
    revalidatePath(`/${gemeenteSlug}/leden`);
    const t = await getTranslations("privacy");
    return { status: "success", message: input.months === null ? t("retentionOff") : t("retentionSaved", { months: input.months }) };
  });
}

export async function runRetentionAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, runRetentionSchema, async () => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    const run = await runRetentionNow(actor);
    revalidatePath(`/${gemeenteSlug}`, "layout");
    const t = await getTranslations("privacy");
    return { status: "success", message: t("retentionRan", { worksheets: run.worksheets, answers: run.answersRemoved }) };
  });
}

export async function saveMinimumGroupSizeAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, minimumGroupSizeSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "members.manage");
    await setMinimumGroupSize(actor, input);
    revalidatePath(`/${gemeenteSlug}`, "layout");
    return { status: "success", message: (await getTranslations("privacy"))("minimumGroupSizeSaved", { k: input.k }) };
  });
}
