// No "server-only" here: `npm run retention` (scripts/retention.ts) runs this
// outside Next with its own Prisma client. The app calls it through retention.ts.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { publishGuestResults, withoutMotivations } from "@/lib/worksheets/guest-publication";
import { publishResults } from "@/lib/worksheets/publication";
import { buildSnapshot, mergeSnapshots, resultsSnapshotSchema } from "@/lib/worksheets/results-snapshot";

export const RETENTION_MONTHS = { min: 1, max: 120 } as const;

export type RetentionRun = { worksheets: number; answersRemoved: number };

/** The moment before which a session counts as "older than N months". */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Applies each gemeente's retention setting (or only `gemeenteId`'s): for every
 * session that started before the cutoff and whose worksheet still holds
 * answers, keeps an aggregate snapshot (counts per actor and rung, respondents)
 * and deletes the answers, in one transaction per worksheet with an audit event.
 * The review then shows the same distribution and consensus from the snapshot,
 * without names or motivations. A worksheet still open is closed first.
 * Idempotent: a second run finds nothing to do.
 */
export async function applyRetention(
  client: PrismaClient,
  { now = new Date(), gemeenteId, actorUserId = null }: { now?: Date; gemeenteId?: string; actorUserId?: string | null } = {},
): Promise<RetentionRun> {
  const gemeenten = await client.gemeente.findMany({
    where: { answerRetentionMonths: { not: null }, ...(gemeenteId ? { id: gemeenteId } : {}) },
    select: { id: true, answerRetentionMonths: true },
  });
  const run: RetentionRun = { worksheets: 0, answersRemoved: 0 };
  for (const gemeente of gemeenten) {
    const cutoff = retentionCutoff(now, gemeente.answerRetentionMonths!);
    const worksheets = await client.roleWorksheet.findMany({
      where: { AND: [dueForRetention(gemeente.id, cutoff), { OR: [{ answers: { some: {} } }, { guestAnswers: { some: {} } }] }] },
      select: { id: true },
    });
    for (const { id } of worksheets) {
      run.answersRemoved += await purgeWorksheet(client, { worksheetId: id, gemeenteId: gemeente.id, actorUserId, now, cutoff });
      run.worksheets += 1;
    }
    // Guests' cases (pending, approved or rejected) go with the session's retention too: free text from people without an account.
    await client.guestCase.deleteMany({ where: { session: { gemeenteId: gemeente.id, startsAt: { lt: cutoff } } } });
  }
  return run;
}

/**
 * The worksheets whose answers are past the retention period: a session's own by
 * the session's date, a herhaling (lib/worksheets/repeats.ts) by the date it
 * opened, so answers given at a later evaluation moment are kept as long.
 */
export function dueForRetention(gemeenteId: string, cutoff: Date): Prisma.RoleWorksheetWhereInput {
  return {
    OR: [
      { session: { gemeenteId, startsAt: { lt: cutoff } } },
      { repeatOf: { session: { gemeenteId } }, openedAt: { lt: cutoff } },
    ],
  };
}

async function purgeWorksheet(
  client: PrismaClient,
  { worksheetId, gemeenteId, actorUserId, now, cutoff }: { worksheetId: string; gemeenteId: string; actorUserId: string | null; now: Date; cutoff: Date },
): Promise<number> {
  return client.$transaction(async (tx) => {
    // Lock the worksheet so two runs (two app instances, or the button and the script) do not interleave.
    await tx.$queryRaw`SELECT id FROM role_worksheet WHERE id = ${worksheetId} FOR UPDATE`;
    const worksheet = await tx.roleWorksheet.findUniqueOrThrow({
      where: { id: worksheetId },
      select: { state: true, anonymous: true, closedAt: true, detachedRespondents: true, answersPurgedAt: true, resultsSnapshot: true },
    });
    const groups = await tx.roleAnswer.groupBy({ by: ["actorId", "rung"], where: { worksheetId }, _count: { _all: true } });
    // "Where is the role now" is kept the same way, so the gap still shows after the answers are gone.
    const nowGroups = await tx.roleAnswer.groupBy({ by: ["actorId", "nowRung"], where: { worksheetId, nowRung: { not: null } }, _count: { _all: true } });
    // Guests' answers go the same way: their published figures stay (without motivations), the answers and the guests go.
    const guestsRemoved = await purgeGuestAnswers(tx, worksheetId, now);
    if (groups.length === 0) return guestsRemoved;
    // An anonymous worksheet keeps showing what it published (by the usual rule, as if it closed
    // now), without the motivations: they are free text and could identify someone.
    if (worksheet.anonymous) await keepPublicationWithoutMotivations(tx, worksheetId, now);
    const linked = await tx.roleAnswer.findMany({ where: { worksheetId, membershipId: { not: null } }, distinct: ["membershipId"], select: { membershipId: true } });
    const earlier = worksheet.answersPurgedAt ? resultsSnapshotSchema.parse(worksheet.resultsSnapshot) : null;
    const snapshot = mergeSnapshots(
      earlier,
      buildSnapshot(
        groups.map((g) => ({ actorId: g.actorId, rung: g.rung, count: g._count._all })),
        linked.length + worksheet.detachedRespondents,
        nowGroups.flatMap((g) => (g.nowRung ? [{ actorId: g.actorId, rung: g.nowRung, count: g._count._all }] : [])),
      ),
    );
    const removed = await tx.roleAnswer.deleteMany({ where: { worksheetId } });
    await tx.roleWorksheet.update({
      where: { id: worksheetId },
      data: {
        answersPurgedAt: now,
        resultsSnapshot: snapshot,
        detachedRespondents: 0,
        ...(worksheet.state === "OPEN" ? { state: "GESLOTEN", closedAt: now } : {}),
      },
    });
    await tx.auditEvent.create({
      data: {
        gemeenteId,
        actorId: actorUserId,
        action: "retention.purge-answers",
        entityType: "RoleWorksheet",
        entityId: worksheetId,
        before: { state: worksheet.state },
        after: { answersRemoved: removed.count, respondents: snapshot.respondents, cutoff: cutoff.toISOString() },
      },
    });
    return removed.count + guestsRemoved;
  });
}

async function purgeGuestAnswers(tx: Prisma.TransactionClient, worksheetId: string, now: Date): Promise<number> {
  if ((await tx.guestAnswer.count({ where: { worksheetId } })) === 0) return 0;
  const publication = await publishGuestResults(tx, worksheetId, now);
  await tx.roleWorksheet.update({ where: { id: worksheetId }, data: { guestPublished: withoutMotivations(publication) } });
  const removed = await tx.guestAnswer.deleteMany({ where: { worksheetId } });
  const { sessionId } = await tx.roleWorksheet.findUniqueOrThrow({ where: { id: worksheetId }, select: { sessionId: true } });
  // The live phase's guests go with the session's own worksheet; a herhaling's guests (lib/guests/repeats.ts)
  // with that herhaling, by its own date, so each round's guests go with its own answers.
  await tx.guest.deleteMany({ where: sessionId ? { sessionId, worksheetId: null } : { worksheetId } });
  return removed.count;
}

async function keepPublicationWithoutMotivations(tx: Prisma.TransactionClient, worksheetId: string, now: Date) {
  const publication = await publishResults(tx, worksheetId, now);
  const actors = Object.fromEntries(Object.entries(publication.actors).map(([id, a]) => [id, { ...a, motivations: [] }]));
  await tx.roleWorksheet.update({ where: { id: worksheetId }, data: { published: { ...publication, actors } } });
}
