import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { sessionScope } from "@/lib/auth/policy";
import { command, exactlyOne, found } from "@/lib/db/command";

export type ReviewInput = { sessionId: string; version: number; stoodOut: string; agreements: string; nextSteps: string };

/** Saves the facilitator's review; a stale version is a CONFLICT and nothing is written. */
export function saveReview(actor: Actor, input: ReviewInput) {
  return command(actor, "sessions.review", async ({ tx, audit }) => {
    const scope = { ...sessionScope(actor), id: input.sessionId };
    const before = found(await tx.councilSession.findFirst({ where: scope, select: { reviewStoodOut: true, reviewAgreements: true, reviewNextSteps: true } }));
    const after = { reviewStoodOut: input.stoodOut, reviewAgreements: input.agreements, reviewNextSteps: input.nextSteps };
    exactlyOne(await tx.councilSession.updateMany({ where: { ...scope, reviewVersion: input.version }, data: { ...after, reviewVersion: { increment: 1 } } }), "CONFLICT");
    await audit({ action: "council-session.review", entityType: "CouncilSession", entityId: input.sessionId, before, after });
  });
}
