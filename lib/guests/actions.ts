"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { gemeenteAction, guestAction, publicAction, repeatGuestAction } from "@/lib/auth/gemeente-action";
import { guestPath, repeatGuestPath, setGuestCookie, setRepeatGuestCookie } from "@/lib/auth/guest";
import { currentClientAddress } from "@/lib/security/client-address";
import { guestCaseReviewSchema, guestCaseSchema, guestJoinSchema, guestSettingsSchema, repeatGuestsSchema } from "@/lib/validation/guests";
import { isId } from "@/lib/validation/ids";
import { answerSchema } from "@/lib/validation/worksheets";
import { saveGuestAnswer } from "./answers";
import { reviewGuestCase, submitGuestCase } from "./cases";
import { joinAsGuest } from "./join";
import { allowRepeatGuests, saveRepeatGuestAnswer } from "./repeats";
import { saveGuestSettings } from "./settings";

/** Public: the join code is the credential, and joining asks for nothing personal. */
export const joinAsGuestAction = publicAction({ schema: guestJoinSchema }, async ({ input }) => {
  const { guestId, sessionId, repeatId } = await joinAsGuest(input, await currentClientAddress());
  // A herhaling's code joins that herhaling only, with a cookie of its own (lib/guests/repeats.ts).
  if (repeatId) {
    await setRepeatGuestCookie(guestId, repeatId);
    redirect(repeatGuestPath(repeatId));
  }
  await setGuestCookie(guestId, sessionId);
  redirect(guestPath(sessionId));
});

/** A herhaling's guest answers it (their cookie names that herhaling), while it is open to guests. */
export const saveRepeatGuestAnswerAction = repeatGuestAction({ schema: answerSchema }, async ({ guest, input }) => {
  await saveRepeatGuestAnswer(guest, input);
  return { status: "success", message: (await getTranslations("worksheet"))("saved"), data: { savedAt: new Date().toISOString(), actorId: input.actorId } };
});

/** Griffier or facilitator: guests answer a herhaling too, or no longer. */
export const allowRepeatGuestsAction = gemeenteAction(
  { permission: "sessions.run", ids: [isId, isId], schema: repeatGuestsSchema },
  async ({ actor, input, ids: [sessionId, repeatId], gemeente }) => {
    await allowRepeatGuests(actor, { sessionId, repeatId, allowed: input.allowed });
    revalidatePath(`/${gemeente}/sessies/${sessionId}/terugblik`);
    return { status: "success", message: (await getTranslations("guests.repeat"))(input.allowed ? "allowedDone" : "stoppedDone") };
  },
);

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

/** A guest brings a casus to their own session (the cookie's); it waits for the facilitator's approval. */
export const submitGuestCaseAction = guestAction({ schema: guestCaseSchema }, async ({ guest, input }) => {
  await submitGuestCase(guest, input);
  revalidatePath(guestPath(guest.sessionId));
  return { status: "success", message: (await getTranslations("guests.cases"))("sent") };
});

/** The facilitator or griffier approves (to the projector) or rejects (kept, never shown) a guest's casus. */
export const reviewGuestCaseAction = gemeenteAction(
  { permission: "sessions.run", ids: [isId, isId], schema: guestCaseReviewSchema },
  async ({ actor, input, ids: [sessionId, caseId], gemeente }) => {
    await reviewGuestCase(actor, caseId, input.decision);
    revalidatePath(`/${gemeente}/sessies/${sessionId}`);
    return { status: "success", message: (await getTranslations("guests.cases"))(input.decision === "APPROVED" ? "approvedDone" : "rejectedDone") };
  },
);
