import { RUNGS, type Rung } from "@/lib/preparation/rungs";

/**
 * Where the role is now and where it should be, for one actor: the mean position
 * of each on the ladder (0 = reguleren … 4 = loslaten) and the shift between them.
 * A positive shift is towards loslaten (more room for society), a negative one
 * towards reguleren (more steering). Under a quarter of a rung counts as no shift.
 */
export type Gap = { meanNow: number; meanDesired: number; shift: number; direction: GapDirection };
export type GapDirection = "LOSSER" | "STURENDER" | "GELIJK";

const mean = (rungs: readonly Rung[]) => rungs.reduce((sum, r) => sum + RUNGS.indexOf(r), 0) / rungs.length;

export function gap(now: readonly Rung[], desired: readonly Rung[]): Gap | null {
  if (now.length === 0 || desired.length === 0) return null;
  const meanNow = mean(now);
  const meanDesired = mean(desired);
  const shift = meanDesired - meanNow;
  return { meanNow, meanDesired, shift, direction: Math.abs(shift) < 0.25 ? "GELIJK" : shift > 0 ? "LOSSER" : "STURENDER" };
}
