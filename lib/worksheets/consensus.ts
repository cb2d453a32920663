import { RUNGS, type Rung } from "@/lib/preparation/rungs";

/**
 * Results of a role-choice worksheet for one actor. Pure functions.
 *
 * Consensus is Tastle & Wierman's ordinal consensus measure:
 *   Cns(X) = 1 + Σ p_i · log2(1 − |X_i − μ| / d_X)
 * with X_i the rung positions 1..5, p_i their shares, μ the mean position and
 * d_X = 5 − 1 = 4 the width of the scale. 1 = everyone on one rung; 0 = split
 * evenly between the two extremes.
 * Tastle, W. J., & Wierman, M. J. (2007). Consensus and dissention: A measure of
 * ordinal dispersion. International Journal of Approximate Reasoning, 45(3), 531–545.
 */

const WIDTH = RUNGS.length - 1;

export function distribution(answers: readonly Rung[]): Record<Rung, number> {
  const counts = Object.fromEntries(RUNGS.map((r) => [r, 0])) as Record<Rung, number>;
  for (const a of answers) counts[a] += 1;
  return counts;
}

/** All rungs tied for the most answers, in ladder order; [] without answers. */
export function mostChosen(answers: readonly Rung[]): Rung[] {
  if (answers.length === 0) return [];
  const counts = distribution(answers);
  const max = Math.max(...RUNGS.map((r) => counts[r]));
  return RUNGS.filter((r) => counts[r] === max);
}

export function consensus(answers: readonly Rung[]): number | null {
  const n = answers.length;
  if (n === 0) return null;
  const counts = distribution(answers);
  const position = (r: Rung) => RUNGS.indexOf(r) + 1;
  const mean = answers.reduce((sum, a) => sum + position(a), 0) / n;
  let sum = 0;
  for (const r of RUNGS) {
    const p = counts[r] / n;
    if (p === 0) continue; // a rung nobody chose contributes nothing (and would hit log2(0) at the extremes)
    sum += p * Math.log2(1 - Math.abs(position(r) - mean) / WIDTH);
  }
  return Math.min(1, Math.max(0, 1 + sum));
}

export type ConsensusReading = "GROOT" | "REDELIJK" | "VERDEELD" | "GEEN_ANTWOORDEN";

/** Plain reading of a score: ≥ 0.8 grote overeenstemming, ≥ 0.6 redelijk, lower verdeeld. */
export function consensusReading(score: number | null): ConsensusReading {
  if (score === null) return "GEEN_ANTWOORDEN";
  if (score >= 0.8) return "GROOT";
  if (score >= 0.6) return "REDELIJK";
  return "VERDEELD";
}

export function summarise(answers: readonly Rung[]) {
  const score = consensus(answers);
  return {
    count: answers.length,
    distribution: distribution(answers),
    mostChosen: mostChosen(answers),
    consensus: score,
    reading: consensusReading(score),
  };
}
