"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { secureCookies } from "@/lib/env";
import { LOCALE_COOKIE, LOCALES } from "./config";

const schema = z.object({ locale: z.enum(LOCALES) });

/** The language switch: stores the choice in a cookie for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  // Like any action's argument, the "form" is whatever the client posted.
  const parsed = schema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : null);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
    path: "/",
  });
  revalidatePath("/", "layout");
}
