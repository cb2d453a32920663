import type { RoomLevel, StepData } from "@/lib/preparation/schemas";

/**
 * Plain-language building blocks for participants: "wat u wel en niet kunt beïnvloeden"
 * (step 5) and who actually took part (step 8). Keys point into the "preparation" namespace.
 */

export const ROOM_DIMENSIONS = ["decision", "financial", "legal"] as const;
export type RoomDimension = (typeof ROOM_DIMENSIONS)[number];

export interface RoomForInputItem {
  dimension: RoomDimension;
  level: RoomLevel | null;
  /** True when participants can influence something in this dimension (level above GEEN). */
  canInfluence: boolean;
  /** e.g. "roomForInput.decision.RUIM", "roomForInput.financialAmount.BEPERKT", "roomForInput.unknown". */
  key: string;
  /** `amount` in euros (a number; the message formats it as currency); `dimension` for "unknown". */
  params: Record<string, string | number>;
  /** The griffier's own explanation, shown as is after the sentence ("" when empty). */
  explanation: string;
}

export function roomForInputStatement(data: StepData<5>): RoomForInputItem[] {
  return ROOM_DIMENSIONS.map((dimension): RoomForInputItem => {
    const { level, explanation } = data[dimension];
    const base = { dimension, level, canInfluence: level !== null && level !== "GEEN", explanation: explanation.trim() };
    if (level === null) return { ...base, key: "roomForInput.unknown", params: { dimension } };
    const amount = dimension === "financial" ? data.financial.amount : null;
    if (amount !== null && level !== "GEEN") {
      return { ...base, key: `roomForInput.financialAmount.${level}`, params: { amount } };
    }
    return { ...base, key: `roomForInput.${dimension}.${level}`, params: {} };
  });
}

export interface ParticipantSummary {
  total: number;
  usualSuspects: number;
  /** Share of usual suspects, 0..1; null when nobody took part. */
  usualSuspectShare: number | null;
}

/** Step 8 afterwards: how many took part and how many of them were "usual suspects". */
export function participantSummary(data: StepData<8>): ParticipantSummary {
  const total = data.participants.reduce((sum, p) => sum + p.count, 0);
  const usualSuspects = data.participants.filter((p) => p.usualSuspect).reduce((sum, p) => sum + p.count, 0);
  return { total, usualSuspects, usualSuspectShare: total === 0 ? null : usualSuspects / total };
}
