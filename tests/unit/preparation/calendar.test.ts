import { describe, expect, it } from "vitest";
import { evaluationCalendar } from "@/lib/preparation/calendar";

describe("evaluation calendar", () => {
  it("writes one all-day event per moment with a stable UID", () => {
    const ics = evaluationCalendar({ id: "s1", title: "Jeugdzorg" }, [
      { id: "m1", date: "2027-03-05", subject: "Klopt de rolverdeling?", participants: "Raad en college" },
      { id: "m2", date: "2027-09-10", subject: "Tweede ronde", participants: "" },
    ]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("UID:evaluatie-m1@beraad");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270305");
    expect(ics).toContain("SUMMARY:Evaluatie: Jeugdzorg");
    expect(ics).toContain("Klopt de rolverdeling?");
  });

  it("adds commitment due dates", () => {
    const ics = evaluationCalendar({ id: "s1", title: "Jeugdzorg" }, [], [{ id: "c1", dueDate: "2027-02-01", who: "Wethouder", what: "Brief aan de raad" }]);
    expect(ics).toContain("UID:toezegging-c1@beraad");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270201");
    expect(ics).toContain("SUMMARY:Toezegging: Brief aan de raad");
  });

  it("gives a valid empty calendar when there are no moments", () => {
    const ics = evaluationCalendar({ id: "s1", title: "Jeugdzorg" }, []);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("END:VCALENDAR");
    expect(ics).not.toContain("VEVENT");
  });
});
