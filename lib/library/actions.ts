"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { attachCardSchema, deleteCardSchema, detachCardSchema, libraryCardSchema } from "@/lib/validation/library";
import { attachCard, createOwnCard, deleteOwnCard, detachCard, updateOwnCard } from "./library";

export async function attachCardAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, attachCardSchema, async (input) => {
    await attachCard(await actorForAction(gemeente, "library.attach"), input);
    revalidatePath(`/${gemeente}`, "layout");
    return { status: "success", message: (await getTranslations("library"))("attached") };
  });
}

export async function detachCardAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, detachCardSchema, async (input) => {
    await detachCard(await actorForAction(gemeente, "library.attach"), input);
    revalidatePath(`/${gemeente}`, "layout");
    return { status: "success", message: (await getTranslations("library"))("detached") };
  });
}

export async function createCardAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, libraryCardSchema, async (input) => {
    const card = await createOwnCard(await actorForAction(gemeente, "library.manage"), input);
    revalidatePath(`/${gemeente}/bibliotheek`);
    redirect(`/${gemeente}/bibliotheek/${card.id}`);
  });
}

export async function updateCardAction(gemeente: string, cardId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, libraryCardSchema, async (input) => {
    await updateOwnCard(await actorForAction(gemeente, "library.manage"), cardId, input);
    revalidatePath(`/${gemeente}/bibliotheek`);
    redirect(`/${gemeente}/bibliotheek/${cardId}`);
  }, [cardId]);
}

export async function deleteCardAction(gemeente: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, deleteCardSchema, async (input) => {
    await deleteOwnCard(await actorForAction(gemeente, "library.manage"), input.cardId);
    revalidatePath(`/${gemeente}/bibliotheek`);
    redirect(`/${gemeente}/bibliotheek`);
  });
}
