import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_ATTEMPTS, backoffMs, enqueueMail, sendDueMail } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/transport";
import { inviteMember } from "@/lib/members/invite-member";
import { failedMail, retryMail } from "@/lib/mail/failed-mail";
import { MailCatcher } from "@/tests/support/mail-catcher";
import { createGemeente, createMember } from "@/tests/support/factories";

const smtp = new MailCatcher();
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  await smtp.start();
  transport = smtpTransport(smtp.url, "Beraad <noreply@test.nl>");
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});

const mail = (to: string) => ({ kind: "reminder-digest" as const, to, subject: `Voor ${to}`, text: `Hallo ${to}` });

describe("the outbox", () => {
  it("keeps every mail through an SMTP outage and delivers each exactly once when the server is back", async () => {
    await db().outboxMail.deleteMany({});
    const recipients = ["een@test.nl", "twee@test.nl", "drie@test.nl"];
    await enqueueMail(db(), recipients.map(mail));

    smtp.down = true;
    const start = new Date();
    expect(await sendDueMail(db(), transport, { now: () => start })).toEqual({ sent: 0, failed: 3 });
    const waiting = await db().outboxMail.findMany({ orderBy: { recipient: "asc" } });
    expect(waiting.map((m) => [m.status, m.attempts])).toEqual([["PENDING", 1], ["PENDING", 1], ["PENDING", 1]]);
    expect(waiting[0].lastError).toMatch(/421|not available/i);
    expect(waiting[0].nextAttemptAt.getTime()).toBe(start.getTime() + backoffMs(1));

    // Before the backoff has passed nothing is tried, even with the server back.
    smtp.down = false;
    expect(await sendDueMail(db(), transport, { now: () => new Date(start.getTime() + 1000) })).toEqual({ sent: 0, failed: 0 });

    const later = new Date(start.getTime() + backoffMs(1) + 1000);
    expect(await sendDueMail(db(), transport, { now: () => later })).toEqual({ sent: 3, failed: 0 });
    expect(recipients.map((to) => smtp.to(to).length)).toEqual([1, 1, 1]);
    expect(smtp.to("twee@test.nl")[0].text?.trim()).toBe("Hallo twee@test.nl");
    const sent = await db().outboxMail.findMany();
    expect(sent.every((m) => m.status === "SENT" && m.attempts === 2 && m.lastError === null)).toBe(true);

    // A run afterwards sends nothing again.
    expect(await sendDueMail(db(), transport, { now: () => new Date(later.getTime() + 3600_000) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.to("een@test.nl")).toHaveLength(1);
  });

  it("never sends one mail twice when two workers send at the same moment", async () => {
    await db().outboxMail.deleteMany({});
    const recipients = Array.from({ length: 12 }, (_, i) => `tegelijk-${i}@test.nl`);
    await enqueueMail(db(), recipients.map(mail));
    const other = smtpTransport(smtp.url, "Beraad <noreply@test.nl>");
    const [a, b] = await Promise.all([sendDueMail(db(), transport, { batch: 3 }), sendDueMail(db(), other, { batch: 3 })]);
    other.close();
    expect(a.sent + b.sent).toBe(12);
    expect(recipients.map((to) => smtp.to(to).length)).toEqual(recipients.map(() => 1));
  });

  it("gives up after MAX_ATTEMPTS and shows the beheerder the failed invitation with its link, until retried", async () => {
    await db().outboxMail.deleteMany({});
    const gemeente = await createGemeente();
    const other = await createGemeente("Anderstad");
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const elsewhere = await createMember(other, "BEHEERDER");
    const { token } = await inviteMember(beheerder, { email: "nieuw@test.nl", role: "RAADSLID" }, new Date(), (t) => ({ subject: "Uitnodiging", text: `Link: https://beraad.test/uitnodiging/${t}`, link: `https://beraad.test/uitnodiging/${t}` }));

    smtp.down = true;
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await sendDueMail(db(), transport, { now: () => new Date(now) });
      now += backoffMs(attempt) + 1000;
    }
    const [row] = await db().outboxMail.findMany();
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, recipient: "nieuw@test.nl" });

    const shown = await failedMail(beheerder);
    expect(shown.failed).toEqual([expect.objectContaining({ recipient: "nieuw@test.nl", link: `https://beraad.test/uitnodiging/${token}`, attempts: MAX_ATTEMPTS })]);
    expect((await failedMail(elsewhere)).failed).toEqual([]);
    await expect(retryMail(elsewhere, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await retryMail(beheerder, row.id);
    smtp.down = false;
    expect(await sendDueMail(db(), transport)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.to("nieuw@test.nl")[0].text).toContain(`/uitnodiging/${token}`);
    // Delivered, the credential is no longer kept in the outbox.
    expect(await db().outboxMail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", text: "", link: null });
    expect((await failedMail(beheerder)).failed).toEqual([]);
  });
});
