import { Rung as RungEnum } from "@/lib/generated/prisma/enums";

/**
 * The government participation ladder (overheidsparticipatietrap) from the Rob report
 * "Loslaten in vertrouwen" (2012/2014), ordered from the top rung to the bottom rung.
 * Shared by the preparation steps and the role-choice worksheet. The one source is the
 * `Rung` enum in prisma/schema.prisma (declared in ladder order); this is its list.
 */
export type Rung = RungEnum;
export const RUNGS = Object.values(RungEnum) as [Rung, ...Rung[]];

/** Rungs where society carries the task; no decision room there risks pseudo-participation. */
export const LOW_RUNGS: readonly Rung[] = ["FACILITEREN", "LOSLATEN"];

export function isRung(value: unknown): value is Rung {
  return typeof value === "string" && (RUNGS as readonly string[]).includes(value);
}

/** Position on the ladder: 0 for REGULEREN (top) up to 4 for LOSLATEN (bottom). */
export function rungIndex(rung: Rung): number {
  return RUNGS.indexOf(rung);
}

export function isLowRung(rung: Rung): boolean {
  return LOW_RUNGS.includes(rung);
}
