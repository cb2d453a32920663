import { STEP_NUMBERS, type StepNumber } from "@/lib/preparation/steps";

/**
 * Planning backwards from the session date: how many days before the session each
 * preparation step should be done by. One table, in one place; a griffier adjusts
 * the proposed dates per step on the planning page.
 *
 * Why these numbers (a griffie that runs about twenty sessions a year):
 * - 1 proces, 8 weeks: the process (who decides what, when) is agreed with the
 *   presidium or agendacommissie before anything else is planned.
 * - 2 programma and 3 probleem, 6 weeks: the college's main lines and the problem
 *   definition must exist before people are invited on the basis of them.
 * - 4 rolopvatting and 5 ruimte voor inbreng, 4 weeks: the role choice and the room
 *   for input go into the invitation, which goes out about three weeks ahead.
 * - 6 besluitvorming, 7 platform, 8 verschillen, 3 weeks: the place in the
 *   council's cycle is fixed and the people not reached by default are approached
 *   with the invitations.
 * - 9 evaluatie, 1 week: the evaluation moments are set before the evening, so they
 *   can be announced there.
 * - 10 volhouden, 4 weeks after: the learning log is written after the session.
 */
export const LEAD_DAYS: Readonly<Record<StepNumber, number>> = {
  1: 56,
  2: 42,
  3: 42,
  4: 28,
  5: 28,
  6: 21,
  7: 21,
  8: 21,
  9: 7,
  10: -28,
};

/** "2026-03-12" minus `days` → "YYYY-MM-DD" (calendar days, no time zone involved). */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The proposed deadline per step for a session on `sessionDate` ("YYYY-MM-DD", Amsterdam). */
export function proposeDeadlines(sessionDate: string): Record<StepNumber, string> {
  return Object.fromEntries(STEP_NUMBERS.map((n) => [n, daysBefore(sessionDate, LEAD_DAYS[n])])) as Record<StepNumber, string>;
}
