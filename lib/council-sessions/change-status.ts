import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newJoinCode } from "@/lib/live/join-code";
import { notifyLive } from "@/lib/live/notify";
import { closeWorksheetWithSession } from "@/lib/worksheets/manage-worksheet";
import { canTransition, type SessionStatus } from "./lifecycle";
import { sessionScope, transitionPermission } from "@/lib/auth/policy";
import type { ShareablePart } from "./sharing";


/** Moves a session along its lifecycle; a transition the lifecycle does not allow is refused. */
export async function changeSessionStatus(actor: Actor, input: { sessionId: string; to: SessionStatus }, now = new Date()) {
  assertCan(actor, transitionPermission(input.to));
  const worksheetClosed = await db().$transaction(async (tx) => {
    const session = await tx.councilSession.findFirst({
      where: { ...sessionScope(actor), id: input.sessionId },
      select: { status: true },
    });
    if (!session) throw new AppError("NOT_FOUND");
    if (!canTransition(session.status, input.to)) throw new AppError("INVALID_TRANSITION");
    // Live mode has a join code; it stops working the moment the session leaves LIVE.
    const updated = await tx.councilSession.updateMany({
      where: { id: input.sessionId, status: session.status },
      data: { status: input.to, version: { increment: 1 }, joinCode: input.to === "LIVE" ? newJoinCode() : null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, {
      action: "council-session.status",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { status: session.status },
      after: { status: input.to },
    });
    // Guests' cookies open nothing once the session leaves LIVE; their nicknames are not kept past it.
    if (session.status === "LIVE") await tx.guest.updateMany({ where: { sessionId: input.sessionId }, data: { nickname: "" } });
    // A finished session takes no more answers; closing publishes anonymous results.
    return input.to === "AFGEROND" && (await closeWorksheetWithSession(tx, input.sessionId, now));
  });
  if (worksheetClosed) await notifyLive(input.sessionId);
}

/** Archiving hides a session from the list; it is a flag, independent of the status. */
export async function setSessionArchived(actor: Actor, input: { sessionId: string; archived: boolean }, now = new Date()) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const updated = await tx.councilSession.updateMany({
      where: { id: input.sessionId, gemeenteId: actor.gemeenteId },
      data: { archivedAt: input.archived ? now : null },
    });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, {
      action: input.archived ? "council-session.archive" : "council-session.unarchive",
      entityType: "CouncilSession",
      entityId: input.sessionId,
    });
  });
}

/** Chooses which parts of the preparation the invited raadsleden see. */
export async function setSharedParts(actor: Actor, input: { sessionId: string; parts: ShareablePart[] }) {
  assertCan(actor, "sessions.prepare");
  await db().$transaction(async (tx) => {
    const before = await tx.councilSession.findFirst({ where: { id: input.sessionId, gemeenteId: actor.gemeenteId }, select: { sharedParts: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.councilSession.update({ where: { id: input.sessionId }, data: { sharedParts: input.parts } });
    await recordAudit(tx, actor, {
      action: "council-session.sharing",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { sharedParts: before.sharedParts },
      after: { sharedParts: input.parts },
    });
  });
}
