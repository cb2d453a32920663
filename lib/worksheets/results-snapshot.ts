import { z } from "zod";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";

/**
 * What is kept of a worksheet when the retention job removes its answers: the
 * number of choices per actor and rung and the number of respondents. Enough to
 * show the same distribution, most chosen rung and consensus as before; no
 * person, no motivation. Stored as JSON on RoleWorksheet.resultsSnapshot.
 */
const countsSchema = z.object(Object.fromEntries(RUNGS.map((r) => [r, z.number().int().min(0)])) as Record<Rung, z.ZodNumber>);

export const resultsSnapshotSchema = z.object({
  version: z.literal(1),
  respondents: z.number().int().min(0),
  /** Keyed by WorksheetActor.id. */
  counts: z.record(z.string(), countsSchema),
});

export type ResultsSnapshot = z.infer<typeof resultsSnapshotSchema>;

export function buildSnapshot(rows: { actorId: string; rung: Rung; count: number }[], respondents: number): ResultsSnapshot {
  const counts: ResultsSnapshot["counts"] = {};
  for (const row of rows) {
    counts[row.actorId] ??= Object.fromEntries(RUNGS.map((r) => [r, 0])) as Record<Rung, number>;
    counts[row.actorId][row.rung] += row.count;
  }
  return { version: 1, respondents, counts };
}

/** The snapshot as the rows the results code groups by: one per actor and chosen rung. */
export function snapshotRows(snapshot: ResultsSnapshot): { actorId: string; rung: Rung; count: number }[] {
  return Object.entries(snapshot.counts).flatMap(([actorId, perRung]) =>
    RUNGS.filter((r) => perRung[r] > 0).map((rung) => ({ actorId, rung, count: perRung[rung] })),
  );
}

/** Adds a later snapshot to an earlier one (answers that arrived after a purge, purged in turn). */
export function mergeSnapshots(earlier: ResultsSnapshot | null, later: ResultsSnapshot): ResultsSnapshot {
  if (!earlier) return later;
  return buildSnapshot([...snapshotRows(earlier), ...snapshotRows(later)], earlier.respondents + later.respondents);
}
