"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorForAction } from "@/lib/auth/session";
import { handleForm } from "@/lib/forms/action";
import { formValues, type FormState } from "@/lib/forms/state";
import { agendaItemRefSchema, agendaItemSchema, moveAgendaItemSchema, updateAgendaItemSchema } from "@/lib/validation/agenda";
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from "./agenda";

const path = (gemeente: string, sessionId: string) => `/${gemeente}/sessies/${sessionId}`;

export async function addAgendaItemAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, agendaItemSchema, async (input) => {
    await addAgendaItem(await actorForAction(gemeente, "sessions.prepare"), sessionId, input);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("agenda"))("added") };
  }, [sessionId]);
}

export async function updateAgendaItemAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, updateAgendaItemSchema, async (input) => {
    const result = await updateAgendaItem(await actorForAction(gemeente, "sessions.prepare"), sessionId, input);
    if (!result.ok) {
      // Nothing was written: the form keeps what was typed, shows their version, and saves over it next time.
      const data = { conflict: JSON.stringify(result.conflict), version: String(result.conflict.version) };
      return { status: "error", message: (await getTranslations("agenda"))("conflict"), values: formValues(formData), data };
    }
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved"), data: { version: String(result.version) } };
  }, [sessionId]);
}

export async function deleteAgendaItemAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, agendaItemRefSchema, async (input) => {
    await deleteAgendaItem(await actorForAction(gemeente, "sessions.prepare"), sessionId, input.itemId);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("agenda"))("deleted") };
  }, [sessionId]);
}

export async function moveAgendaItemAction(gemeente: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, moveAgendaItemSchema, async (input) => {
    await moveAgendaItem(await actorForAction(gemeente, "sessions.prepare"), sessionId, input.itemId, input.direction);
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("agenda"))("moved") };
  }, [sessionId]);
}
