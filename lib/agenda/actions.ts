"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import type { FormState } from "@/lib/forms/state";
import { agendaItemRefSchema, agendaItemSchema, moveAgendaItemSchema, updateAgendaItemSchema } from "@/lib/validation/agenda";
import { isId } from "@/lib/validation/ids";
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem, type AgendaItemFormResult } from "./agenda";

const path = (gemeente: string, sessionId: string) => `/${gemeente}/sessies/${sessionId}`;
const prepare = { permission: "sessions.prepare", ids: [isId] } as const;

export const addAgendaItemAction = gemeenteAction({ ...prepare, schema: agendaItemSchema }, async ({ actor, input, ids: [sessionId], gemeente }): Promise<FormState<AgendaItemFormResult>> => {
  await addAgendaItem(actor, sessionId, input);
  revalidatePath(path(gemeente, sessionId), "layout");
  return { status: "success", message: (await getTranslations("agenda"))("added") };
});

export const updateAgendaItemAction = gemeenteAction(
  { ...prepare, schema: updateAgendaItemSchema },
  async ({ actor, input, ids: [sessionId], gemeente, values }): Promise<FormState<AgendaItemFormResult>> => {
    const result = await updateAgendaItem(actor, sessionId, input);
    if (!result.ok) {
      // Nothing was written: the form keeps what was typed, shows their version, and saves over it next time.
      const data = { conflict: result.conflict, version: result.conflict.version };
      return { status: "error", message: (await getTranslations("agenda"))("conflict"), values, data };
    }
    revalidatePath(path(gemeente, sessionId), "layout");
    return { status: "success", message: (await getTranslations("forms"))("saved"), data: { version: result.version } };
  },
);

export const deleteAgendaItemAction = gemeenteAction({ ...prepare, schema: agendaItemRefSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await deleteAgendaItem(actor, sessionId, input.itemId);
  revalidatePath(path(gemeente, sessionId), "layout");
  return { status: "success", message: (await getTranslations("agenda"))("deleted") };
});

export const moveAgendaItemAction = gemeenteAction({ ...prepare, schema: moveAgendaItemSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await moveAgendaItem(actor, sessionId, input.itemId, input.direction);
  revalidatePath(path(gemeente, sessionId), "layout");
  return { status: "success", message: (await getTranslations("agenda"))("moved") };
});
