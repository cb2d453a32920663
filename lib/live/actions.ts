"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { gemeenteAction } from "@/lib/auth/gemeente-action";
import { isId } from "@/lib/validation/ids";
import { liveRoundSchema, steerProgrammeSchema } from "@/lib/validation/live-rounds";
import { setLiveRound, steerProgramme } from "./rounds";

const run = { permission: "sessions.run", ids: [isId] } as const;
const path = (gemeente: string, sessionId: string) => `/${gemeente}/sessies/${sessionId}`;

export const setLiveRoundAction = gemeenteAction({ ...run, schema: liveRoundSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await setLiveRound(actor, sessionId, input.round === "GEEN" ? null : input.round);
  revalidatePath(path(gemeente, sessionId));
  return { status: "success", message: (await getTranslations("rounds"))("setDone") };
});

export const steerProgrammeAction = gemeenteAction({ ...run, schema: steerProgrammeSchema }, async ({ actor, input, ids: [sessionId], gemeente }) => {
  await steerProgramme(actor, sessionId, input);
  revalidatePath(path(gemeente, sessionId));
  return { status: "success", message: (await getTranslations("rounds"))("done") };
});
