import { z } from "zod";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";

/**
 * What is kept of a worksheet when the retention job removes its answers: the
 * number of choices per actor and rung, the same for "where is the role now"
 * (so the gap still shows), and the number of respondents. Enough to show the
 * same distribution, most chosen rung, consensus and gap as before; no person,
 * no motivation. Stored as JSON on RoleWorksheet.resultsSnapshot. Guests'
 * figures are kept apart, in their publication (RoleWorksheet.guestPublished).
 */
const countsSchema = z.object(Object.fromEntries(RUNGS.map((r) => [r, z.number().int().min(0)])) as Record<Rung, z.ZodNumber>);

export const resultsSnapshotSchema = z.object({
  version: z.literal(1),
  respondents: z.number().int().min(0),
  /** Keyed by WorksheetActor.id. */
  counts: z.record(z.string(), countsSchema),
  /** "Now" answers per actor and rung; absent in snapshots taken before it was kept. */
  now: z.record(z.string(), countsSchema).optional(),
});

export type ResultsSnapshot = z.infer<typeof resultsSnapshotSchema>;

export type SnapshotRow = { actorId: string; rung: Rung; count: number };

function tally(rows: SnapshotRow[]): ResultsSnapshot["counts"] {
  const counts: ResultsSnapshot["counts"] = {};
  for (const row of rows) {
    counts[row.actorId] ??= Object.fromEntries(RUNGS.map((r) => [r, 0])) as Record<Rung, number>;
    counts[row.actorId][row.rung] += row.count;
  }
  return counts;
}

/** `nowRows`: the "where is the role now" answers, grouped the same way. */
export function buildSnapshot(rows: SnapshotRow[], respondents: number, nowRows: SnapshotRow[] = []): ResultsSnapshot {
  return { version: 1, respondents, counts: tally(rows), now: tally(nowRows) };
}

function rowsOf(counts: ResultsSnapshot["counts"] | undefined): SnapshotRow[] {
  return Object.entries(counts ?? {}).flatMap(([actorId, perRung]) =>
    RUNGS.filter((r) => perRung[r] > 0).map((rung) => ({ actorId, rung, count: perRung[rung] })),
  );
}

/** The snapshot as the rows the results code groups by: one per actor and chosen rung. */
export function snapshotRows(snapshot: ResultsSnapshot): SnapshotRow[] {
  return rowsOf(snapshot.counts);
}

/** The same for the "now" answers (none in a snapshot taken before they were kept). */
export function snapshotNowRows(snapshot: ResultsSnapshot): SnapshotRow[] {
  return rowsOf(snapshot.now);
}

/** One actor's rungs from snapshot rows, one entry per answer, as the results code summarises them. */
export function rungsOf(rows: SnapshotRow[], actorId: string): Rung[] {
  return rows.filter((c) => c.actorId === actorId).flatMap((c) => Array<Rung>(c.count).fill(c.rung));
}

/** Adds a later snapshot to an earlier one (answers that arrived after a purge, purged in turn). */
export function mergeSnapshots(earlier: ResultsSnapshot | null, later: ResultsSnapshot): ResultsSnapshot {
  if (!earlier) return later;
  return buildSnapshot(
    [...snapshotRows(earlier), ...snapshotRows(later)],
    earlier.respondents + later.respondents,
    [...snapshotNowRows(earlier), ...snapshotNowRows(later)],
  );
}
