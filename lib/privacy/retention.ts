import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { applyRetention, retentionCutoff, type RetentionRun } from "./retention-core";

/** The gemeente's privacy settings (retention, minimum group size) and what the retention job would act on now. */
export async function privacySettings(actor: Actor, now = new Date()) {
  assertCan(actor, "members.manage");
  const gemeente = await db().gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { answerRetentionMonths: true, anonymityThreshold: true } });
  const months = gemeente.answerRetentionMonths;
  const due = months
    ? await db().roleWorksheet.count({
        where: { session: { gemeenteId: actor.gemeenteId, startsAt: { lt: retentionCutoff(now, months) } }, answers: { some: {} } },
      })
    : 0;
  return { months, due, minimumGroupSize: gemeente.anonymityThreshold };
}

/**
 * The minimum group size (k) for anonymous results. Raising it hides, at once,
 * published figures of fewer answers; lowering it shows more only from the
 * next closing (lib/worksheets/publication.ts).
 */
export async function setMinimumGroupSize(actor: Actor, input: { k: number }) {
  assertCan(actor, "members.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { anonymityThreshold: true } });
    await tx.gemeente.update({ where: { id: actor.gemeenteId }, data: { anonymityThreshold: input.k } });
    await recordAudit(tx, actor, {
      action: "privacy.minimum-group-size",
      entityType: "Gemeente",
      entityId: actor.gemeenteId,
      before: { k: before.anonymityThreshold },
      after: { k: input.k },
    });
  });
}

export async function setRetention(actor: Actor, input: { months: number | null }) {
  assertCan(actor, "members.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { answerRetentionMonths: true } });
    await tx.gemeente.update({ where: { id: actor.gemeenteId }, data: { answerRetentionMonths: input.months } });
    await recordAudit(tx, actor, {
      action: "privacy.retention-setting",
      entityType: "Gemeente",
      entityId: actor.gemeenteId,
      before: { months: before.answerRetentionMonths },
      after: { months: input.months },
    });
  });
}

/** The beheerder's "apply now" button: the same job as `npm run retention`, for this gemeente only. */
export async function runRetentionNow(actor: Actor, now = new Date()): Promise<RetentionRun> {
  assertCan(actor, "members.manage");
  return applyRetention(db(), { now, gemeenteId: actor.gemeenteId, actorUserId: actor.userId });
}
