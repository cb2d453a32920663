import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a write in a session: every page of that session (steps, worksheet,
 * values, verslag) shows it on the next visit, and the form says what happened.
 */
export function savedInSession(gemeente: string, sessionId: string, message: string) {
  revalidatePath(`/${gemeente}/sessies/${sessionId}`, "layout");
  return { status: "success", message } as const;
}
