import "server-only";
import { assertCan } from "@/lib/auth/membership";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { command, exactlyOne } from "@/lib/db/command";
import { applyRetention, dueForRetention, retentionCutoff, type RetentionRun } from "./retention-core";

/** The gemeente's privacy settings (retention, minimum group size) and what the retention job would act on now. */
export async function privacySettings(actor: Actor, now = new Date()) {
  assertCan(actor, "members.manage");
  const gemeente = await db().gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { answerRetentionMonths: true, anonymityThreshold: true } });
  const months = gemeente.answerRetentionMonths;
  const due = months
    ? await db().roleWorksheet.count({
        where: { ...dueForRetention(actor.gemeenteId, retentionCutoff(now, months)), answers: { some: {} } },
      })
    : 0;
  return { months, due, minimumGroupSize: gemeente.anonymityThreshold };
}

/**
 * The minimum group size (k) for anonymous results. Raising it hides, at once,
 * published figures of fewer answers; lowering it shows more only from the
 * next closing (lib/worksheets/publication.ts).
 */
export function setMinimumGroupSize(actor: Actor, input: { k: number }) {
  return setGemeenteSetting(actor, "privacy.minimum-group-size", { anonymityThreshold: input.k });
}

export function setRetention(actor: Actor, input: { months: number | null }) {
  return setGemeenteSetting(actor, "privacy.retention-setting", { answerRetentionMonths: input.months });
}

type PrivacySetting = { anonymityThreshold: number } | { answerRetentionMonths: number | null };

/** One privacy setting of the actor's gemeente, with its value before and after in the audit trail. */
function setGemeenteSetting(actor: Actor, action: string, setting: PrivacySetting) {
  const [field] = Object.keys(setting) as (keyof PrivacySetting)[];
  return command(actor, "members.manage", async ({ tx, audit }) => {
    const before = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { [field]: true } });
    exactlyOne(await tx.gemeente.updateMany({ where: { id: actor.gemeenteId }, data: setting }));
    await audit({ action, entityType: "Gemeente", entityId: actor.gemeenteId, before, after: setting });
  });
}

/** The beheerder's "apply now" button: the same job as `npm run retention`, for this gemeente only. */
export async function runRetentionNow(actor: Actor, now = new Date()): Promise<RetentionRun> {
  assertCan(actor, "members.manage");
  return applyRetention(db(), { now, gemeenteId: actor.gemeenteId, actorUserId: actor.userId });
}
