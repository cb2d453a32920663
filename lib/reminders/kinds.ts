/**
 * The kinds of reminder in the daily digest; each person can switch each off on their
 * account page. A new kind is one entry here, one collector in lib/reminders/collectors.ts
 * and its texts under `reminders.kinds` in messages/*.json.
 */
export const REMINDER_KINDS = ["worksheet", "stepDeadline", "evaluation", "commitment"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const isReminderKind = (value: unknown): value is ReminderKind => REMINDER_KINDS.includes(value as ReminderKind);

/** Days before a date on which it is in the digest: a week ahead, the day before, the day itself. */
export const REMIND_DAYS_AHEAD = [7, 1, 0] as const;

/** A step's deadline is in its owner's digest from this many days before it, and every day after it until the step is done. */
export const STEP_DEADLINE_DAYS_AHEAD = 3;
