import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { invitationCalendar, parseMailbox, sessionEnd, sessionUid } from "@/lib/invitations/calendar";

const event = {
  sessionId: "abc123",
  sequence: 2,
  // 19:30 in Amsterdam in summer (CEST, UTC+2) and in winter (CET, UTC+1).
  startsAt: new Date("2027-06-10T17:30:00Z"),
  endsAt: new Date("2027-06-10T20:30:00Z"),
  title: "Raad in Beraad: Jeugdzorg; samen, anders\\beter",
  description: "Een lange beschrijving met een komma, een puntkomma; en een regel\nerna. ".repeat(5),
  location: "Raadzaal, stadhuis",
  url: "https://beraad.example/voorbeeld/sessies/abc123",
  organizer: { name: "Beraad", email: "noreply@beraad.example" },
  attendee: { name: "Ria Raadslid", email: "ria@voorbeeld.nl" },
};

describe("the session invitation (.ics)", () => {
  it("is a METHOD:REQUEST with a stable UID, SEQUENCE and Europe/Amsterdam times, and parses back", () => {
    const text = invitationCalendar(event);
    expect(text).toMatch(/^METHOD:REQUEST\r$/m);
    expect(text).toContain("DTSTART;TZID=Europe/Amsterdam:20270610T193000");
    expect(text).toContain("DTEND;TZID=Europe/Amsterdam:20270610T223000");
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    // Lines are folded at 75 octets.
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(sessionUid("abc123"));
    expect(parsed.sequence).toBe(2);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2027-06-10T17:30:00.000Z");
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:noreply@beraad.example");
    expect(vevent.getFirstProperty("attendee")!.getParameter("rsvp")).toBe("TRUE");
  });

  it("keeps wall-clock time in winter (CET)", () => {
    const text = invitationCalendar({ ...event, startsAt: new Date("2027-01-14T18:30:00Z"), endsAt: new Date("2027-01-14T21:30:00Z") });
    expect(text).toContain("DTSTART;TZID=Europe/Amsterdam:20270114T193000");
  });

  it("ends three hours after the start when the session has no end", () => {
    expect(sessionEnd({ startsAt: new Date("2027-06-10T17:30:00Z") }).toISOString()).toBe("2027-06-10T20:30:00.000Z");
    expect(sessionEnd({ startsAt: new Date("2027-06-10T17:30:00Z"), endsAt: new Date("2027-06-10T20:00:00Z") }).toISOString()).toBe("2027-06-10T20:00:00.000Z");
  });

  it("takes the organiser from MAIL_FROM", () => {
    expect(parseMailbox("Beraad <noreply@beraad.local>")).toEqual({ name: "Beraad", email: "noreply@beraad.local" });
    expect(parseMailbox("griffie@gemeente.nl")).toEqual({ name: "griffie@gemeente.nl", email: "griffie@gemeente.nl" });
  });
});
