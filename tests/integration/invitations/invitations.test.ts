import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionAttendance } from "@/lib/invitations/attendance";
import { answerRsvp, viewRsvp } from "@/lib/invitations/rsvp";
import { sendSessionInvitations, type InvitationTexts } from "@/lib/invitations/send-invitations";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const SECRET = "test-secret";
const texts: InvitationTexts = (_locale, v) => ({ subject: `Uitnodiging ${v.title}`, text: `Beste ${v.name}\nKom: ${v.yes}\nNiet: ${v.no}\nMisschien: ${v.maybe}\n${v.joinLink}`, calendarTitle: v.title, calendarDescription: v.joinLink });
const options = { appUrl: "https://beraad.test", secret: SECRET, organizer: { name: "Beraad", email: "noreply@beraad.test" }, texts };

async function invitedSession() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const raadsleden = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  const session = await createSession(griffier, { facilitatorIds: [facilitator.membershipId] });
  await db().sessionParticipant.createMany({ data: raadsleden.map((r) => ({ sessionId: session.id, membershipId: r.membershipId, kind: "RAADSLID" as const })) });
  return { gemeente, griffier, facilitator, raadsleden, session };
}

const tokenIn = (text: string, answer: string) => text.match(new RegExp(`/aanwezigheid/([^?\\s]+)\\?lang=nl&antwoord=${answer}\\b`))?.[1];

describe("session invitations", () => {
  it("mails every participant a calendar invitation with their own RSVP links, and the answer lands on the attendance list", async () => {
    const { griffier, facilitator, raadsleden, session } = await invitedSession();
    expect(await sendSessionInvitations(griffier, session.id, options)).toEqual({ count: 3 });

    const mails = await db().outboxMail.findMany({ where: { kind: "session-invitation", gemeenteId: griffier.gemeenteId } });
    const emails = await db().user.findMany({ where: { memberships: { some: { id: { in: [facilitator.membershipId, ...raadsleden.map((r) => r.membershipId)] } } } }, select: { email: true } });
    expect(mails.map((m) => m.recipient).sort()).toEqual(emails.map((u) => u.email).sort());

    const mail = mails[0];
    const [attachment] = mail.attachments as { filename: string; contentType: string; content: string }[];
    expect(attachment.contentType).toContain("method=REQUEST");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(attachment.content)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(`sessie-${session.id}@beraad`);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-11T18:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-11T21:30:00.000Z");
    expect(mail.text).toContain(`https://beraad.test/${griffier.gemeenteSlug}/sessies/${session.id}`);

    const token = tokenIn(mail.text, "misschien")!;
    expect(tokenIn(mail.text, "komt")).toBe(token);
    expect(await viewRsvp(token, SECRET)).toMatchObject({ title: expect.stringMatching(/^Sessie /), answer: null });
    await answerRsvp(token, "MISSCHIEN", { secret: SECRET });
    await answerRsvp(token, "KOMT", { secret: SECRET });
    expect(await viewRsvp(token, SECRET)).toMatchObject({ answer: "KOMT" });

    const list = await sessionAttendance(griffier, session.id);
    expect(list.totals).toEqual({ komt: 1, niet: 0, misschien: 0, open: 2 });
    expect(list.invitationsSentAt).not.toBeNull();
    expect((await sessionAttendance(facilitator, session.id)).totals.komt).toBe(1);
    await expect(sessionAttendance(raadsleden[0], session.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("sends a changed session with a higher SEQUENCE and the same UID", async () => {
    const { griffier, session } = await invitedSession();
    await sendSessionInvitations(griffier, session.id, options);
    await db().councilSession.update({ where: { id: session.id }, data: { startsAt: new Date("2027-03-12T18:30:00Z"), version: { increment: 1 } } });
    await sendSessionInvitations(griffier, session.id, options);
    const sequences = (await db().outboxMail.findMany({ where: { kind: "session-invitation", gemeenteId: griffier.gemeenteId }, orderBy: { createdAt: "asc" } })).map((m) => {
      const ics = (m.attachments as { content: string }[])[0].content;
      return Number(ics.match(/^SEQUENCE:(\d+)/m)![1]);
    });
    expect(new Set(sequences.slice(0, 3)).size).toBe(1);
    expect(sequences[3]).toBe(sequences[0] + 1);
  });

  it("refuses a forged link, a person no longer invited, and sending by someone who does not prepare or another gemeente", async () => {
    const { griffier, raadsleden, session } = await invitedSession();
    const other = await createMember(await createGemeente("Elders"), "GRIFFIER");
    await expect(sendSessionInvitations(raadsleden[0], session.id, options)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendSessionInvitations(other, session.id, options)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await sendSessionInvitations(griffier, session.id, options);
    const mail = await db().outboxMail.findFirstOrThrow({ where: { kind: "session-invitation", gemeenteId: griffier.gemeenteId, recipient: { not: "" } }, orderBy: { recipient: "asc" } });
    const token = tokenIn(mail.text, "komt")!;
    const [prefix, sessionId, membershipId, sig] = token.split(".");
    await expect(answerRsvp(`${prefix}.${sessionId}.${raadsleden[1].membershipId === membershipId ? raadsleden[0].membershipId : raadsleden[1].membershipId}.${sig}`, "KOMT", { secret: SECRET })).rejects.toMatchObject({ code: "RSVP_INVALID" });
    await db().sessionParticipant.deleteMany({ where: { sessionId: session.id, membershipId } });
    await expect(answerRsvp(token, "KOMT", { secret: SECRET })).rejects.toMatchObject({ code: "RSVP_INVALID" });
    expect(await viewRsvp(token, SECRET)).toBeNull();
  });
});
