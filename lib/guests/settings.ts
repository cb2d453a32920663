import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import type { GuestSettingsInput } from "@/lib/validation/guests";

/** The guest settings of a session with how many guests joined, for whoever runs it. */
export async function guestSettings(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.run");
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: { guestsAllowed: true, guestGroups: true, guestCap: true, _count: { select: { guests: { where: { worksheetId: null } } } } },
  });
  if (!session) throw new AppError("NOT_FOUND");
  return guestSettingsOf(session);
}

/** The settings from the session's own row (also selected by the overview's one read). */
export const guestSettingsOf = (session: { guestsAllowed: boolean; guestGroups: string[]; guestCap: number; _count: { guests: number } }) => ({
  allowed: session.guestsAllowed,
  groups: session.guestGroups,
  cap: session.guestCap,
  joined: session._count.guests,
});

/** Griffier or facilitator: guests on or off, their groups, the cap. Guests who joined keep their group. */
export function saveGuestSettings(actor: Actor, sessionId: string, input: GuestSettingsInput) {
  return command(actor, "sessions.run", async ({ tx, audit }) => {
    const scope = { ...sessionScope(actor), id: sessionId };
    const before = found(await tx.councilSession.findFirst({ where: scope, select: { guestsAllowed: true, guestGroups: true, guestCap: true } }));
    exactlyOne(await tx.councilSession.updateMany({ where: scope, data: { guestsAllowed: input.allowed, guestGroups: input.groups, guestCap: input.cap } }));
    await audit({
      action: "council-session.guests",
      entityType: "CouncilSession",
      entityId: sessionId,
      before: { allowed: before.guestsAllowed, groups: before.guestGroups, cap: before.guestCap },
      after: { allowed: input.allowed, groups: input.groups, cap: input.cap },
    });
  });
}
