import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "./config";

/**
 * Remembers the language a signed-in person chose, so mail written for them later (the daily
 * digest, a session invitation) is in that language. Their own user row only.
 */
export async function savePreferredLocale(userId: string, locale: Locale) {
  await db().user.updateMany({ where: { id: userId }, data: { locale } });
}
