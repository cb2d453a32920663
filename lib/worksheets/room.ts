import "server-only";
import type { Guest } from "@/lib/auth/guest";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { canSeePart, sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { roomNote } from "@/lib/preparation/rendering";
import { emptyStepData, parseStepData, type StepData } from "@/lib/preparation/schemas";

/**
 * The room for input (step 5) beside the worksheet: whoever chooses a rung or answers as a
 * guest sees what others can influence, and plainly when nothing is (pseudo-participation,
 * the same rule as the preparation's check). Only where the griffier shares the room for
 * input (the ROOM_FOR_INPUT part, shared by default).
 */
export type WorksheetRoom = { data: StepData<5>; note: ReturnType<typeof roomNote> };

export function toRoom(sharedParts: string[], steps: { data: unknown }[], visible: (parts: string[]) => boolean): WorksheetRoom | null {
  if (!visible(sharedParts)) return null;
  const parsed = steps[0] ? parseStepData(5, steps[0].data) : null;
  const data = parsed?.success ? parsed.data : emptyStepData(5);
  return { data, note: roomNote(data) };
}

const roomSelect = { sharedParts: true, steps: { where: { number: 5 }, select: { data: true } } } as const;

/** For a raadslid's worksheet (or anyone who may see the session). */
export async function worksheetRoom(actor: Actor, sessionId: string): Promise<WorksheetRoom | null> {
  assertCan(actor, "sessions.view");
  const session = await db().councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: roomSelect });
  if (!session) return null;
  return toRoom(session.sharedParts, session.steps, (parts) => canSeePart(actor.role, parts, "ROOM_FOR_INPUT"));
}

/** For a guest's worksheet: what the griffier shares with participants. */
export async function guestWorksheetRoom(guest: Guest): Promise<WorksheetRoom | null> {
  const session = await db().councilSession.findFirst({ where: { id: guest.sessionId, gemeenteId: guest.gemeenteId, status: "LIVE" }, select: roomSelect });
  if (!session) return null;
  return toRoom(session.sharedParts, session.steps, (parts) => parts.includes("ROOM_FOR_INPUT"));
}
