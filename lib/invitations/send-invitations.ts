import "server-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { mailLocale, mailTranslator } from "@/lib/i18n/mail-messages";
import type { Actor } from "@/lib/auth/permissions";
import { command, exactlyOne, found } from "@/lib/db/command";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/outbox";
import { invitationCalendar, sessionEnd } from "./calendar";
import { signRsvpToken } from "./rsvp-token";

/** What the mail says, in the recipient's language (messages: sessionInvitations.mail). */
export type InvitationTexts = (locale: Locale, values: {
  name: string;
  title: string;
  gemeente: string;
  start: Date;
  end: Date;
  location: string;
  description: string;
  joinLink: string;
  yes: string;
  no: string;
  maybe: string;
}) => { subject: string; text: string; calendarTitle: string; calendarDescription: string };

/** The invitation's words from the message catalogue (sessionInvitations.mail), in the recipient's language. */
export const invitationTexts: InvitationTexts = (locale, v) => {
  const m = mailTranslator(locale, "sessionInvitations");
  return {
    subject: m("mail.subject", { title: v.title, date: v.start }),
    text: m("mail.body", v),
    calendarTitle: m("mail.calendarTitle", { title: v.title }),
    calendarDescription: m("mail.calendarDescription", { description: v.description, joinLink: v.joinLink }).trim(),
  };
};

export const rsvpPath = (token: string) => `/aanwezigheid/${token}`;
export const RSVP_LINK_ANSWERS = { yes: "komt", no: "komt-niet", maybe: "misschien" } as const;

/**
 * Mails the session's invitation to every participant (facilitators and invited raadsleden):
 * a calendar invitation (.ics, METHOD:REQUEST, one UID per session, SEQUENCE from the
 * session's version, so a changed session updates the calendar entry), the join link and
 * three RSVP links signed for that person, each in that person's language (User.locale). All in the outbox in one transaction.
 */
export async function sendSessionInvitations(
  actor: Actor,
  sessionId: string,
  {
    appUrl,
    secret,
    organizer,
    texts,
    now = new Date(),
    mailReady = true,
  }: { appUrl: string; secret: string; organizer: { name: string; email: string }; texts: InvitationTexts; now?: Date; mailReady?: boolean },
) {
  return command(actor, "sessions.prepare", async ({ tx, audit }) => {
    const session = found(
      await tx.councilSession.findFirst({
        where: { id: sessionId, gemeenteId: actor.gemeenteId, archivedAt: null },
        select: {
          id: true,
          title: true,
          description: true,
          startsAt: true,
          endsAt: true,
          location: true,
          version: true,
          participants: { select: { membership: { select: { id: true, user: { select: { name: true, email: true, locale: true } } } } } },
        },
      }),
    );
    if (!mailReady) throw new AppError("MAIL_NOT_CONFIGURED");
    const people = [...new Map(session.participants.map((p) => [p.membership.id, p.membership])).values()];
    const joinLink = `${appUrl}/${actor.gemeenteSlug}/sessies/${session.id}`;
    const end = sessionEnd(session);
    const mails: OutgoingMail[] = people.map((person) => {
      const name = person.user.name ?? person.user.email;
      const locale = mailLocale(person.user.locale);
      // The RSVP page speaks the mail's language (lang), whatever the browser's cookie says.
      const rsvp = `${appUrl}${rsvpPath(signRsvpToken({ sessionId: session.id, membershipId: person.id }, secret))}?lang=${locale}&antwoord=`;
      const words = texts(locale, {
        name,
        title: session.title,
        gemeente: actor.gemeenteName,
        start: session.startsAt,
        end,
        location: session.location,
        description: session.description,
        joinLink,
        yes: rsvp + RSVP_LINK_ANSWERS.yes,
        no: rsvp + RSVP_LINK_ANSWERS.no,
        maybe: rsvp + RSVP_LINK_ANSWERS.maybe,
      });
      const ics = invitationCalendar({
        sessionId: session.id,
        sequence: session.version - 1,
        startsAt: session.startsAt,
        endsAt: end,
        title: words.calendarTitle,
        description: words.calendarDescription,
        location: session.location,
        url: joinLink,
        organizer,
        attendee: { name, email: person.user.email },
      });
      return {
        kind: "session-invitation",
        gemeenteId: actor.gemeenteId,
        to: person.user.email,
        subject: words.subject,
        text: words.text,
        attachments: [{ filename: "uitnodiging.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: ics }],
      };
    });
    await enqueueMail(tx, mails);
    exactlyOne(await tx.councilSession.updateMany({ where: { id: session.id, gemeenteId: actor.gemeenteId }, data: { invitationsSentAt: now } }));
    await audit({ action: "session.invite", entityType: "CouncilSession", entityId: session.id, after: { recipients: mails.length, sequence: session.version - 1 } });
    return { count: mails.length };
  });
}
