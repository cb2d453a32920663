"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import {
  archiveSchema,
  councilSessionSchema,
  sharingSchema,
  transitionSchema,
  updateCouncilSessionSchema,
} from "@/lib/validation/council-sessions";
import { changeSessionStatus, setSessionArchived, setSharedParts } from "./change-status";
import { createCouncilSession, updateCouncilSession } from "./save-session";

export async function createCouncilSessionAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, councilSessionSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "sessions.prepare");
    const session = await createCouncilSession(actor, input);
    revalidatePath(`/${gemeenteSlug}/sessies`);
    redirect(`/${gemeenteSlug}/sessies/${session.id}`);
  });
}

export async function updateCouncilSessionAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, updateCouncilSessionSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "sessions.prepare");
    await updateCouncilSession(actor, input);
    revalidatePath(`/${gemeenteSlug}/sessies`, "layout");
    redirect(`/${gemeenteSlug}/sessies/${input.sessionId}`);
  });
}

export async function changeSessionStatusAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, transitionSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "sessions.view");
    await changeSessionStatus(actor, input);
    revalidatePath(`/${gemeenteSlug}/sessies`, "layout");
    return { status: "success", message: (await getTranslations("sessions"))("statusChanged") };
  });
}

export async function archiveSessionAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, archiveSchema, async (input) => {
    const actor = await actorForAction(gemeenteSlug, "sessions.prepare");
    await setSessionArchived(actor, input);
    revalidatePath(`/${gemeenteSlug}/sessies`, "layout");
    return { status: "success", message: (await getTranslations("sessions"))(input.archived ? "archivedDone" : "unarchivedDone") };
  });
}

export async function setSharedPartsAction(gemeenteSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, sharingSchema, async ({ sessionId, parts }) => {
    const actor = await actorForAction(gemeenteSlug, "sessions.prepare");
    await setSharedParts(actor, { sessionId, parts });
    revalidatePath(`/${gemeenteSlug}/sessies`, "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved") };
  });
}
