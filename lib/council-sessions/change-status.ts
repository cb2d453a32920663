import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { command, exactlyOne, found } from "@/lib/db/command";
import { AppError } from "@/lib/errors";
import { newJoinCode } from "@/lib/live/join-code";
import { notifyLive } from "@/lib/live/notify";
import { closeWorksheetWithSession } from "@/lib/worksheets/manage-worksheet";
import { canTransition, type SessionStatus } from "./lifecycle";
import { sessionScope, transitionPermission } from "@/lib/auth/policy";
import type { ShareablePart } from "./sharing";


/** Moves a session along its lifecycle; a transition the lifecycle does not allow is refused. */
export async function changeSessionStatus(actor: Actor, input: { sessionId: string; to: SessionStatus }, now = new Date()) {
  const worksheetClosed = await command(actor, transitionPermission(input.to), async ({ tx, audit }) => {
    const scope = { ...sessionScope(actor), id: input.sessionId };
    const session = found(await tx.councilSession.findFirst({ where: scope, select: { status: true } }));
    if (!canTransition(session.status, input.to)) throw new AppError("INVALID_TRANSITION");
    // Live mode has a join code; it stops working the moment the session leaves LIVE.
    exactlyOne(
      await tx.councilSession.updateMany({
        where: { ...scope, status: session.status },
        data: { status: input.to, version: { increment: 1 }, joinCode: input.to === "LIVE" ? newJoinCode() : null },
      }),
      "CONFLICT",
    );
    await audit({
      action: "council-session.status",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { status: session.status },
      after: { status: input.to },
    });
    // A finished session takes no more answers; closing publishes anonymous results.
    return input.to === "AFGEROND" && (await closeWorksheetWithSession(tx, input.sessionId, now));
  });
  if (worksheetClosed) await notifyLive(input.sessionId);
}

/** Archiving hides a session from the list; it is a flag, independent of the status. */
export function setSessionArchived(actor: Actor, input: { sessionId: string; archived: boolean }, now = new Date()) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    exactlyOne(await tx.councilSession.updateMany({ where: { id: input.sessionId, gemeenteId: actor.gemeenteId }, data: { archivedAt: input.archived ? now : null } }));
    await audit({
      action: input.archived ? "council-session.archive" : "council-session.unarchive",
      entityType: "CouncilSession",
      entityId: input.sessionId,
    });
  });
}

/** Chooses which parts of the preparation the invited raadsleden see. */
export function setSharedParts(actor: Actor, input: { sessionId: string; parts: ShareablePart[] }) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const scope = { id: input.sessionId, gemeenteId: actor.gemeenteId };
    const before = found(await tx.councilSession.findFirst({ where: scope, select: { sharedParts: true } }));
    exactlyOne(await tx.councilSession.updateMany({ where: scope, data: { sharedParts: input.parts } }));
    await audit({
      action: "council-session.sharing",
      entityType: "CouncilSession",
      entityId: input.sessionId,
      before: { sharedParts: before.sharedParts },
      after: { sharedParts: input.parts },
    });
  });
}
