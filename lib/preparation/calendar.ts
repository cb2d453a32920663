import { createEvents, type EventAttributes } from "ics";

export type CalendarMoment = { id: string; date: string; subject: string; participants: string };
export type CalendarCommitment = { id: string; dueDate: string; who: string; what: string };

const day = (iso: string): [number, number, number] => {
  const [year, month, date] = iso.split("-").map(Number);
  return [year, month, date];
};

/**
 * An iCalendar file with a session's evaluation moments and commitment due
 * dates as all-day events. UIDs are stable per item, so importing again
 * updates instead of duplicating.
 */
export function evaluationCalendar(session: { id: string; title: string }, moments: CalendarMoment[], commitments: CalendarCommitment[] = []): string {
  if (moments.length + commitments.length === 0) {
    // ics refuses an empty list; an empty but valid calendar is more useful to import.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beraad//Evaluatiemomenten//NL", "END:VCALENDAR", ""].join("\r\n");
  }
  const common = { productId: "-//Beraad//Evaluatiemomenten//NL", calName: session.title, duration: { days: 1 }, categories: ["Raad in Beraad"] };
  const events: EventAttributes[] = [
    ...moments.map((m) => ({
      ...common,
      uid: `evaluatie-${m.id}@beraad`,
      start: day(m.date),
      title: `Evaluatie: ${session.title}`,
      description: [m.subject, m.participants && `Wie: ${m.participants}`].filter(Boolean).join("\n"),
    })),
    ...commitments.map((c) => ({
      ...common,
      uid: `toezegging-${c.id}@beraad`,
      start: day(c.dueDate),
      title: `Toezegging: ${c.what}`,
      description: `${c.who} — ${session.title}`,
    })),
  ];
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("Could not create the calendar");
  return value;
}
