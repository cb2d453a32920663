/**
 * Bounds of a gemeente's minimum group size (k) for anonymous results. The
 * database refuses less than 3 as well (a CHECK constraint).
 */
export const MINIMUM_GROUP_SIZE = { min: 3, max: 50, default: 5 } as const;
