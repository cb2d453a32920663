import { toLocalDateTime } from "@/lib/dates";

/** An item's place on the clock: instants, and the wall-clock times in Amsterdam ("19:30"). */
export type ClockSlot = { start: Date; end: Date; startTime: string; endTime: string };

export type ProgrammeClock<T> = {
  /** Each item with its slot; a skipped item (when left out) has none and takes no time. */
  items: (T & { slot: ClockSlot | null })[];
  /** When the programme ends (the start itself for an empty programme). */
  end: Date;
  endTime: string;
  /** Whole minutes the programme runs past the session's end (0 when it fits or there is no end). */
  overrunMinutes: number;
};

const MINUTE = 60_000;

/**
 * Clock times of a programme: each item starts when the one before it ends,
 * the first at the session's start. Durations are real elapsed minutes, so on
 * a night the clocks change the wall-clock times follow Amsterdam (a 60-minute
 * item from 01:30 on the last Sunday of March ends at 03:30). With
 * `leaveOutSkipped` the items skipped during the live session take no time (the
 * programme "as held"). Pure.
 */
export function programmeClock<T extends { durationMinutes: number; skipped?: boolean }>(
  startsAt: Date,
  items: readonly T[],
  { endsAt = null, leaveOutSkipped = false }: { endsAt?: Date | null; leaveOutSkipped?: boolean } = {},
): ProgrammeClock<T> {
  let at = startsAt.getTime();
  const timed = items.map((item) => {
    if (leaveOutSkipped && item.skipped) return { ...item, slot: null };
    const start = new Date(at);
    at += Math.max(0, item.durationMinutes) * MINUTE;
    const end = new Date(at);
    return { ...item, slot: { start, end, startTime: toLocalDateTime(start).time, endTime: toLocalDateTime(end).time } };
  });
  const end = new Date(at);
  const overrunMinutes = endsAt && at > endsAt.getTime() ? Math.ceil((at - endsAt.getTime()) / MINUTE) : 0;
  return { items: timed, end, endTime: toLocalDateTime(end).time, overrunMinutes };
}
