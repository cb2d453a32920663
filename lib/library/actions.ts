"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { attachCardSchema, deleteCardSchema, detachCardSchema, libraryCardSchema } from "@/lib/validation/library";
import { attachCard, createOwnCard, deleteOwnCard, detachCard, updateOwnCard } from "./library";

export const attachCardAction = gemeenteAction({ permission: "library.attach", schema: attachCardSchema }, async ({ actor, input, gemeente }) => {
  await attachCard(actor, input);
  revalidatePath(`/${gemeente}`, "layout");
  return { status: "success", message: (await getTranslations("library"))("attached") };
});

export const detachCardAction = gemeenteAction({ permission: "library.attach", schema: detachCardSchema }, async ({ actor, input, gemeente }) => {
  await detachCard(actor, input);
  revalidatePath(`/${gemeente}`, "layout");
  return { status: "success", message: (await getTranslations("library"))("detached") };
});

export const createCardAction = gemeenteAction({ permission: "library.manage", schema: libraryCardSchema }, async ({ actor, input, gemeente }) => {
  const card = await createOwnCard(actor, input);
  revalidatePath(`/${gemeente}/bibliotheek`);
  redirect(`/${gemeente}/bibliotheek/${card.id}`);
});

export const updateCardAction = gemeenteAction(
  { permission: "library.manage", ids: [isId], schema: libraryCardSchema },
  async ({ actor, input, ids: [cardId], gemeente }) => {
    await updateOwnCard(actor, cardId, input);
    revalidatePath(`/${gemeente}/bibliotheek`);
    redirect(`/${gemeente}/bibliotheek/${cardId}`);
  },
);

export const deleteCardAction = gemeenteAction({ permission: "library.manage", schema: deleteCardSchema }, async ({ actor, input, gemeente }) => {
  await deleteOwnCard(actor, input.cardId);
  revalidatePath(`/${gemeente}/bibliotheek`);
  redirect(`/${gemeente}/bibliotheek`);
});
