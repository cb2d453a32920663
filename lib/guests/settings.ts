import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { GuestSettingsInput } from "@/lib/validation/guests";

/** The guest settings of a session with how many guests joined, for whoever runs it. */
export async function guestSettings(actor: Actor, sessionId: string) {
  assertCan(actor, "sessions.run");
  const session = await db().councilSession.findFirst({
    where: { ...sessionScope(actor), id: sessionId },
    select: { guestsAllowed: true, guestGroups: true, guestCap: true, _count: { select: { guests: true } } },
  });
  if (!session) throw new AppError("NOT_FOUND");
  return { allowed: session.guestsAllowed, groups: session.guestGroups, cap: session.guestCap, joined: session._count.guests };
}

/** Griffier or facilitator: guests on or off, their groups, the cap. Guests who joined keep their group. */
export async function saveGuestSettings(actor: Actor, sessionId: string, input: GuestSettingsInput) {
  assertCan(actor, "sessions.run");
  await db().$transaction(async (tx) => {
    const before = await tx.councilSession.findFirst({ where: { ...sessionScope(actor), id: sessionId }, select: { guestsAllowed: true, guestGroups: true, guestCap: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.councilSession.update({ where: { id: sessionId }, data: { guestsAllowed: input.allowed, guestGroups: input.groups, guestCap: input.cap } });
    await recordAudit(tx, actor, {
      action: "council-session.guests",
      entityType: "CouncilSession",
      entityId: sessionId,
      before: { allowed: before.guestsAllowed, groups: before.guestGroups, cap: before.guestCap },
      after: { allowed: input.allowed, groups: input.groups, cap: input.cap },
    });
  });
}
