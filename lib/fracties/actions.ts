"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { fractieRefSchema, fractieSchema, memberFractieSchema } from "@/lib/validation/fracties";
import { createFractie, deleteFractie, setMemberFractie } from "./fracties";

export const createFractieAction = gemeenteAction({ permission: "members.manage", schema: fractieSchema }, async ({ actor, input, gemeente }) => {
  await createFractie(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  return { status: "success", message: (await getTranslations("fracties"))("created") };
});

export const deleteFractieAction = gemeenteAction({ permission: "members.manage", schema: fractieRefSchema }, async ({ actor, input, gemeente }) => {
  await deleteFractie(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  return { status: "success", message: (await getTranslations("fracties"))("deleted") };
});

export const setMemberFractieAction = gemeenteAction({ permission: "members.manage", schema: memberFractieSchema }, async ({ actor, input, gemeente }) => {
  await setMemberFractie(actor, input);
  revalidatePath(`/${gemeente}/leden`);
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});
