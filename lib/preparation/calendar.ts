import { createEvents, type EventAttributes } from "ics";

export type CalendarMoment = { id: string; date: string; subject: string; participants: string };

/**
 * An iCalendar file with a session's evaluation moments as all-day events.
 * UIDs are stable per moment, so importing again updates instead of duplicating.
 */
export function evaluationCalendar(session: { id: string; title: string }, moments: CalendarMoment[]): string {
  if (moments.length === 0) {
    // ics refuses an empty list; an empty but valid calendar is more useful to import.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Beraad//Evaluatiemomenten//NL", "END:VCALENDAR", ""].join("\r\n");
  }
  const events: EventAttributes[] = moments.map((m) => {
    const [year, month, day] = m.date.split("-").map(Number);
    return {
      uid: `evaluatie-${m.id}@beraad`,
      productId: "-//Beraad//Evaluatiemomenten//NL",
      calName: `Evaluatie: ${session.title}`,
      start: [year, month, day],
      duration: { days: 1 },
      title: `Evaluatie: ${session.title}`,
      description: [m.subject, m.participants && `Wie: ${m.participants}`].filter(Boolean).join("\n"),
      categories: ["Raad in Beraad"],
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("Could not create the calendar");
  return value;
}
