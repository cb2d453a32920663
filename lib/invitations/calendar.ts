import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from "ical-generator";

export const SESSION_TIME_ZONE = "Europe/Amsterdam";
/** How long a session lasts when it has no end time of its own. */
export const DEFAULT_SESSION_HOURS = 3;

/** When a session ends. The one place that decides it: its end time when set, else the start plus three hours. */
export function sessionEnd(session: { startsAt: Date; endsAt?: Date | null }): Date {
  return session.endsAt ?? new Date(session.startsAt.getTime() + DEFAULT_SESSION_HOURS * 3600_000);
}

/**
 * A moment as Europe/Amsterdam wall-clock time carried in a Date's UTC fields: with a
 * calendar time zone set, ical-generator writes a native Date's UTC fields after
 * `TZID=Europe/Amsterdam` (it converts zones only for moment/luxon/dayjs objects).
 */
export function amsterdamWallClock(at: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: SESSION_TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
}

/** The calendar UID of a session: the same for every mail about it, so calendars update one event. */
export const sessionUid = (sessionId: string) => `sessie-${sessionId}@beraad`;

export type InvitationEvent = {
  sessionId: string;
  /** Grows with every change of the session, so a calendar replaces the older invitation. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
};

/**
 * The session as an iCalendar invitation (METHOD:REQUEST) for one attendee, with times in
 * Europe/Amsterdam (TZID and its VTIMEZONE), a stable UID and SEQUENCE; ical-generator
 * folds lines at 75 octets and escapes text as RFC 5545 asks.
 */
export function invitationCalendar(event: InvitationEvent): string {
  const calendar = ical({
    prodId: { company: "Beraad", product: "Raad in Beraad", language: "NL" },
    method: ICalCalendarMethod.REQUEST,
    timezone: { name: SESSION_TIME_ZONE, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: sessionUid(event.sessionId),
    sequence: event.sequence,
    start: amsterdamWallClock(event.startsAt),
    end: amsterdamWallClock(event.endsAt),
    timezone: SESSION_TIME_ZONE,
    summary: event.title,
    description: event.description,
    location: event.location || undefined,
    url: event.url,
    organizer: event.organizer,
    attendees: [{ name: event.attendee.name, email: event.attendee.email, rsvp: true, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }],
  });
  // DTSTAMP is always UTC (RFC 5545 3.8.7.2); with a calendar time zone ical-generator leaves off the Z.
  return calendar.toString().replace(/^DTSTAMP:(\d{8}T\d{6})\r$/m, "DTSTAMP:$1Z\r");
}

/** "Beraad <noreply@x>" → { name, email }: the organiser of an invitation is the sender. */
export function parseMailbox(from: string): { name: string; email: string } {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  return match ? { name: match[1].trim() || match[2], email: match[2].trim() } : { name: from.trim(), email: from.trim() };
}
