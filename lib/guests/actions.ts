"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction, guestAction, publicAction } from "@/lib/auth/gemeente-action";
import { guestPath, setGuestCookie } from "@/lib/auth/guest";
import { currentClientAddress } from "@/lib/security/client-address";
import { guestJoinSchema, guestSettingsSchema } from "@/lib/validation/guests";
import { isId } from "@/lib/validation/ids";
import { answerSchema } from "@/lib/validation/worksheets";
import { saveGuestAnswer } from "./answers";
import { joinAsGuest } from "./join";
import { saveGuestSettings } from "./settings";

/** Public: the join code is the credential, and joining asks for nothing personal. */
export const joinAsGuestAction = publicAction({ schema: guestJoinSchema }, async ({ input }) => {
  const { guestId, sessionId } = await joinAsGuest(input, await currentClientAddress());
  await setGuestCookie(guestId, sessionId);
  redirect(guestPath(sessionId));
});

export const saveGuestAnswerAction = guestAction({ schema: answerSchema }, async ({ guest, input }) => {
  await saveGuestAnswer(guest, input);
  return { status: "success", message: (await getTranslations("worksheet"))("saved"), data: { savedAt: new Date().toISOString(), actorId: input.actorId } };
});

export const saveGuestSettingsAction = gemeenteAction(
  { permission: "sessions.run", ids: [isId], schema: guestSettingsSchema },
  async ({ actor, input, ids: [sessionId], gemeente }) => {
    await saveGuestSettings(actor, sessionId, input);
    revalidatePath(`/${gemeente}/sessies/${sessionId}`);
    return { status: "success", message: (await getTranslations("guests.settings"))("saved") };
  },
);
