/**
 * The per-fractie view of a session's values. Pure. A value "differs" when the
 * fracties that ranked anything put it at least DIFFERS_BY places apart, or when
 * one ranked it and another left it out.
 */
export const DIFFERS_BY = 2;

/** Pure: the per-fractie table for a set of values. */
export function rankingTable(values: { id: string; name: string }[], fracties: { id: string; name: string }[], rankings: { fractieId: string; valueId: string; rank: number }[]) {
  const ranked = fracties.filter((f) => rankings.some((r) => r.fractieId === f.id));
  return values.map((v) => {
    const ranks = ranked.map((f) => rankings.find((r) => r.fractieId === f.id && r.valueId === v.id)?.rank ?? null);
    const given = ranks.filter((r): r is number => r !== null);
    const differs = ranked.length > 1 && given.length > 0 && (given.length < ranked.length || Math.max(...given) - Math.min(...given) >= DIFFERS_BY);
    return { value: v, ranks: ranked.map((f, i) => ({ fractie: f, rank: ranks[i] })), differs };
  });
}
