import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionScope } from "@/lib/auth/policy";

export type ReviewInput = { sessionId: string; version: number; stoodOut: string; agreements: string; nextSteps: string };

/** Saves the facilitator's review; a stale version is a CONFLICT and nothing is written. */
export async function saveReview(actor: Actor, input: ReviewInput) {
  assertCan(actor, "sessions.review");
  await db().$transaction(async (tx) => {
    const before = await tx.councilSession.findFirst({
      where: { ...sessionScope(actor), id: input.sessionId },
      select: { reviewStoodOut: true, reviewAgreements: true, reviewNextSteps: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const after = { reviewStoodOut: input.stoodOut, reviewAgreements: input.agreements, reviewNextSteps: input.nextSteps };
    const updated = await tx.councilSession.updateMany({
      where: { id: input.sessionId, reviewVersion: input.version },
      data: { ...after, reviewVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, { action: "council-session.review", entityType: "CouncilSession", entityId: input.sessionId, before, after });
  });
}
