import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { savePreferredLocale } from "@/lib/i18n/preferred-locale";
import { invitationTexts, sendSessionInvitations } from "@/lib/invitations/send-invitations";
import { addDays } from "@/lib/reminders/collectors";
import { dutchDay, sendReminderDigests } from "@/lib/reminders/digest";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const NOW = new Date("2027-04-05T06:00:00Z");
const TODAY = dutchDay(NOW);
const appUrl = "https://beraad.test";

/** A griffier and a facilitator with a step deadline each tomorrow; the facilitator chose English in the app. */
async function council() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  await savePreferredLocale(facilitator.userId, "en");
  const session = await createSession(griffier, { title: "Wijkbudget", facilitatorIds: [facilitator.membershipId] });
  const tomorrow = new Date(`${addDays(TODAY, 1)}T00:00:00Z`);
  await db().preparationStep.updateMany({ where: { sessionId: session.id, number: 1 }, data: { deadline: tomorrow, ownerId: griffier.membershipId } });
  await db().preparationStep.updateMany({ where: { sessionId: session.id, number: 2 }, data: { deadline: tomorrow, ownerId: facilitator.membershipId } });
  const emails = Object.fromEntries((await db().user.findMany({ where: { id: { in: [griffier.userId, facilitator.userId] } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  return { griffier, facilitator, session, email: (a: { userId: string }) => emails[a.userId] };
}

describe("mail in the recipient's language", () => {
  it("writes the daily digest in the language each person chose in the app, Dutch when they never chose", async () => {
    const { griffier, facilitator, email } = await council();
    await sendReminderDigests(db(), { appUrl, now: NOW });
    const [dutch] = await db().outboxMail.findMany({ where: { kind: "reminder-digest", recipient: email(griffier) } });
    const [english] = await db().outboxMail.findMany({ where: { kind: "reminder-digest", recipient: email(facilitator) } });
    expect(dutch.subject).toBe("Beraad: 1 herinnering voor vandaag");
    expect(dutch.text).toContain("Stap 1 van ‘Wijkbudget’");
    expect(dutch.text).toContain("morgen (6 april 2027)");
    expect(english.subject).toBe("Beraad: 1 reminder for today");
    expect(english.text).toContain("Step 2 of ‘Wijkbudget’");
    expect(english.text).toContain("tomorrow (April 6, 2027)");
    expect(english.text).not.toMatch(/herinnering|morgen|Stap/);
  });

  it("writes the session invitation in each participant's language, and its RSVP links carry that language", async () => {
    const { griffier, facilitator, session, email } = await council();
    await sendSessionInvitations(griffier, session.id, { appUrl, secret: "test-secret", organizer: { name: "Beraad", email: "noreply@beraad.test" }, texts: invitationTexts });
    const [english] = await db().outboxMail.findMany({ where: { kind: "session-invitation", recipient: email(facilitator) } });
    expect(english.subject).toMatch(/^Invitation: Wijkbudget on /);
    expect(english.text).toMatch(/\/aanwezigheid\/[^?\s]+\?lang=en&antwoord=komt\b/);
    expect(english.text).not.toContain("lang=nl");
    // Switching back is remembered too.
    await savePreferredLocale(facilitator.userId, "nl");
    expect((await db().user.findUniqueOrThrow({ where: { id: facilitator.userId }, select: { locale: true } })).locale).toBe("nl");
  });
});
