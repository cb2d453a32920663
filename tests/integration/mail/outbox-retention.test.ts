import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeOldSentMail } from "@/lib/mail/outbox";
import { createGemeente } from "@/tests/support/factories";

const NOW = new Date("2027-06-30T03:45:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("outbox retention", () => {
  it("removes mail sent longer ago than the kept days, and keeps failed and pending mail however old", async () => {
    const gemeente = await createGemeente();
    const row = (subject: string, status: "SENT" | "FAILED" | "PENDING", days: number) => ({
      gemeenteId: gemeente.id, kind: "reminder-digest", recipient: "iemand@test.nl", subject, text: "", status, createdAt: daysAgo(days + 1), sentAt: status === "SENT" ? daysAgo(days) : null,
    });
    await db().outboxMail.createMany({
      data: [row("oud verzonden", "SENT", 31), row("recent verzonden", "SENT", 29), row("oud mislukt", "FAILED", 400), row("oud wachtend", "PENDING", 60)],
    });
    const result = await removeOldSentMail(db(), { keepDays: 30, now: NOW });
    expect(result.removed).toBeGreaterThanOrEqual(1);
    const left = await db().outboxMail.findMany({ where: { gemeenteId: gemeente.id }, select: { subject: true }, orderBy: { subject: "asc" } });
    expect(left.map((m) => m.subject)).toEqual(["oud mislukt", "oud wachtend", "recent verzonden"]);

    // A shorter setting removes the recent one too; failed mail still stays for the beheerder.
    await removeOldSentMail(db(), { keepDays: 7, now: NOW });
    expect((await db().outboxMail.findMany({ where: { gemeenteId: gemeente.id }, select: { subject: true }, orderBy: { subject: "asc" } })).map((m) => m.subject)).toEqual(["oud mislukt", "oud wachtend"]);
  });
});
