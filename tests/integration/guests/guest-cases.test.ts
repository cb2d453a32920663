import { describe, expect, it } from "vitest";
import { changeSessionStatus } from "@/lib/council-sessions/change-status";
import { db } from "@/lib/db";
import { guestCaseCount, guestCasesForControl, reviewGuestCase, submitGuestCase } from "@/lib/guests/cases";
import { liveSnapshot } from "@/lib/live/snapshot";
import { applyRetention } from "@/lib/privacy/retention-core";
import { guestCaseSchema } from "@/lib/validation/guests";
import { createMember } from "@/tests/support/factories";
import { messagesOf } from "@/tests/support/validation";
import { join, liveSessionWithGuests } from "./fixtures";

const input = (description: string, values: string[] = []) => guestCaseSchema.parse({ description, values, otherValues: "" });

describe("a guest brings a casus; it reaches the projector only once approved", () => {
  it("stores it pending (not on the projector), shows it once approved, keeps but never shows a rejected one", async () => {
    const { griffier, sessionId, code } = await liveSessionWithGuests();
    const anna = await join(code, "Inwoners", "Anna");
    const pending = await submitGuestCase(anna, input("De bus naar het wijkcentrum rijdt niet meer na zeven uur.", ["bereikbaarheid"]));
    const rejected = await submitGuestCase(anna, input("Iets dat niet over het onderwerp gaat, met een naam erin."));
    expect(await guestCaseCount(anna)).toBe(2);

    const control = await guestCasesForControl(griffier, sessionId);
    expect(control.map((c) => [c.description.slice(0, 6), c.status, c.group])).toEqual([["Iets d", "PENDING", "Inwoners"], ["De bus", "PENDING", "Inwoners"]]);
    // No guest id, no nickname reaches the facilitator either.
    expect(JSON.stringify(control)).not.toMatch(new RegExp(`${anna.id}|Anna`));
    expect((await liveSnapshot(griffier, sessionId)).guestCases).toEqual([]);

    await reviewGuestCase(griffier, pending, "APPROVED");
    await reviewGuestCase(griffier, rejected, "REJECTED");
    const shown = (await liveSnapshot(griffier, sessionId)).guestCases;
    expect(shown).toEqual([{ id: pending, group: "Inwoners", description: "De bus naar het wijkcentrum rijdt niet meer na zeven uur.", values: ["bereikbaarheid"] }]);
    expect(JSON.stringify(shown)).not.toContain("niet over het onderwerp");
    expect(await db().guestCase.count({ where: { sessionId, status: "REJECTED" } })).toBe(1); // kept for the record

    const audit = await db().auditEvent.findMany({ where: { action: "guest-case.review", entityId: { in: [pending, rejected] } } });
    expect(audit).toHaveLength(2);
  });

  it("only those who run this session decide; a raadslid, another gemeente or another facilitator cannot", async () => {
    const { gemeente, griffier, raadsleden, sessionId, code } = await liveSessionWithGuests();
    const id = await submitGuestCase(await join(code, "College"), input("Een casus over de samenwerking met de scholen."));
    await expect(reviewGuestCase(raadsleden[0], id, "APPROVED")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await liveSessionWithGuests();
    await expect(reviewGuestCase(other.griffier, id, "APPROVED")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(guestCasesForControl(other.griffier, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const facilitator = await createMember(gemeente, "FACILITATOR"); // facilitates no session
    await expect(reviewGuestCase(facilitator, id, "APPROVED")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().guestCase.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect((await liveSnapshot(griffier, sessionId)).guestCases).toEqual([]);
  });

  it("lands only in the guest's own live session, refuses bad input with a message, and is limited per guest", async () => {
    const { griffier, sessionId, code } = await liveSessionWithGuests();
    const guest = await join(code, "Inwoners");
    expect(messagesOf(guestCaseSchema.safeParse({ description: "kort" }).error!)[0]).toMatch(/minstens 10 tekens/);
    expect(messagesOf(guestCaseSchema.safeParse({ description: "Lang genoeg verhaal hier", otherValues: Array(9).fill("w").map((w, i) => w + i).join(",") }).error!)[0]).toMatch(/hoogstens 8/);
    expect(guestCaseSchema.parse({ description: "  Lang genoeg verhaal  ", values: ["vertrouwen", "tijdigheid"], otherValues: " nabijheid, vertrouwen ," }))
      .toEqual({ description: "Lang genoeg verhaal", values: ["vertrouwen", "tijdigheid", "nabijheid"] });

    // The cookie names the session; a guest cannot point a casus at another one.
    const other = await liveSessionWithGuests();
    await expect(submitGuestCase({ ...guest, sessionId: other.sessionId }, input("Een casus voor een andere sessie."))).rejects.toMatchObject({ code: "SESSION_NOT_LIVE" });
    expect(await db().guestCase.count({ where: { sessionId: other.sessionId } })).toBe(0);

    // Ten tries per guest in ten minutes (the refused one above counted too).
    for (let i = 0; i < 9; i++) await submitGuestCase(guest, input(`Casus nummer ${i} met genoeg tekst.`));
    await expect(submitGuestCase(guest, input("Nog een casus, de elfde."))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db().guestCase.count({ where: { sessionId } })).toBe(9);

    await changeSessionStatus(griffier, { sessionId, to: "AFGEROND" });
    const later = await join(other.code, "Inwoners");
    await changeSessionStatus(other.griffier, { sessionId: other.sessionId, to: "AFGEROND" });
    await expect(submitGuestCase(later, input("Na afloop ingestuurd, te laat."))).rejects.toMatchObject({ code: "SESSION_NOT_LIVE" });
  });

  it("is removed with the session's retention, pending, approved and rejected alike", async () => {
    const { gemeente, griffier, sessionId, code } = await liveSessionWithGuests({ date: "2025-01-01" });
    const guest = await join(code, "Inwoners");
    const a = await submitGuestCase(guest, input("Eerste casus met genoeg tekst."));
    await submitGuestCase(guest, input("Tweede casus met genoeg tekst."));
    await reviewGuestCase(griffier, a, "APPROVED");
    await db().gemeente.update({ where: { id: gemeente.id }, data: { answerRetentionMonths: 6 } });
    await applyRetention(db(), { gemeenteId: gemeente.id });
    expect(await db().guestCase.count({ where: { sessionId } })).toBe(0);
  });
});
