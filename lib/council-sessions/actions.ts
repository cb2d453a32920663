"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import {
  archiveSchema,
  councilSessionSchema,
  sharingSchema,
  transitionSchema,
  updateCouncilSessionSchema,
} from "@/lib/validation/council-sessions";
import { changeSessionStatus, setSessionArchived, setSharedParts } from "./change-status";
import { createCouncilSession, updateCouncilSession } from "./save-session";

export const createCouncilSessionAction = gemeenteAction({ permission: "sessions.prepare", schema: councilSessionSchema }, async ({ actor, input, gemeente }) => {
  const session = await createCouncilSession(actor, input);
  revalidatePath(`/${gemeente}/sessies`);
  redirect(`/${gemeente}/sessies/${session.id}`);
});

export const updateCouncilSessionAction = gemeenteAction({ permission: "sessions.prepare", schema: updateCouncilSessionSchema }, async ({ actor, input, gemeente }) => {
  await updateCouncilSession(actor, input);
  revalidatePath(`/${gemeente}/sessies`, "layout");
  redirect(`/${gemeente}/sessies/${input.sessionId}`);
});

export const changeSessionStatusAction = gemeenteAction({ permission: "sessions.view", schema: transitionSchema }, async ({ actor, input, gemeente }) => {
  await changeSessionStatus(actor, input);
  revalidatePath(`/${gemeente}/sessies`, "layout");
  return { status: "success", message: (await getTranslations("sessions"))("statusChanged") };
});

export const archiveSessionAction = gemeenteAction({ permission: "sessions.prepare", schema: archiveSchema }, async ({ actor, input, gemeente }) => {
  await setSessionArchived(actor, input);
  revalidatePath(`/${gemeente}/sessies`, "layout");
  return { status: "success", message: (await getTranslations("sessions"))(input.archived ? "archivedDone" : "unarchivedDone") };
});

export const setSharedPartsAction = gemeenteAction({ permission: "sessions.prepare", schema: sharingSchema }, async ({ actor, input: { sessionId, parts }, gemeente }) => {
  await setSharedParts(actor, { sessionId, parts });
  revalidatePath(`/${gemeente}/sessies`, "layout");
  return { status: "success", message: (await getTranslations("forms"))("saved") };
});
