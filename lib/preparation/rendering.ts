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

/**
 * Who reads the statement. Those whose input is asked (guests: "U kunt niet meebeslissen")
 * read it addressed to them; the council (raadsleden, and the griffier and facilitator who
 * review) reads what others can influence — the council itself weighs and decides.
 */
export type RoomAudience = "participants" | "council";

export function roomForInputStatement(data: StepData<5>, audience: RoomAudience): RoomForInputItem[] {
  const prefix = audience === "council" ? "roomForInput.council" : "roomForInput";
  return ROOM_DIMENSIONS.map((dimension): RoomForInputItem => {
    const { level, explanation } = data[dimension];
    const base = { dimension, level, canInfluence: level !== null && level !== "GEEN", explanation: explanation.trim() };
    if (level === null) return { ...base, key: "roomForInput.unknown", params: { dimension } };
    const amount = dimension === "financial" ? data.financial.amount : null;
    if (amount !== null && level !== "GEEN") {
      return { ...base, key: `${prefix}.financialAmount.${level}`, params: { amount } };
    }
    return { ...base, key: `${prefix}.${dimension}.${level}`, params: {} };
  });
}

/**
 * What the worksheet says about the room for input (Rob 2014, suggestion 5), the same rule as
 * the pseudo-participation check of the preparation: "NONE" when no dimension offers any room
 * (each is none or not said), "UNCLEAR" when some room is offered but a dimension is not said,
 * null when every dimension is said and some offers room.
 */
export function roomNote(data: StepData<5>): "NONE" | "UNCLEAR" | null {
  const levels = ROOM_DIMENSIONS.map((d) => data[d].level);
  if (levels.every((l) => l === null || l === "GEEN")) return "NONE";
  return levels.some((l) => l === null) ? "UNCLEAR" : null;
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
