"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/auth/gemeente-action";
import { getSessionUser } from "@/lib/auth/session";
import { secureCookies } from "@/lib/env";
import { z } from "@/lib/validation/zod";
import { LOCALE_COOKIE, LOCALES } from "./config";
import { savePreferredLocale } from "./preferred-locale";

const schema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switch: stores the choice in a cookie for a year and, for a signed-in person,
 * on their account too (their mail follows it). A refused form changes nothing.
 */
export const setLocale = publicAction({ schema, stateless: true }, async ({ input }) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, {
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
    path: "/",
  });
  const user = await getSessionUser();
  if (user) await savePreferredLocale(user.id, input.locale);
  revalidatePath("/", "layout");
});
