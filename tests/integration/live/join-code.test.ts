import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JOIN_ATTEMPTS, joinByCode } from "@/lib/live/join";
import { rowsSeenByAnotherInstance } from "@/tests/support/database";
import { createGemeente, createMember } from "@/tests/support/factories";

describe("join code rate limit", () => {
  it("10 wrong codes per person per 10 minutes, then even a right code is refused", async () => {
    const member = await createMember(await createGemeente(), "GRIFFIER");
    const session = await db().councilSession.create({
      data: { gemeenteId: member.gemeenteId, title: "Live", theme: "", startsAt: new Date(), location: "", description: "", status: "LIVE", joinCode: "ABCDEF" },
    });
    expect(await joinByCode(member.userId, "abc def")).toBe(`/projectie/${member.gemeenteSlug}/${session.id}`);
    expect(await rowsSeenByAnotherInstance(JOIN_ATTEMPTS.bucket, member.userId)).toBe(0); // a successful join does not count

    const guesses = await Promise.allSettled(Array.from({ length: 15 }, (_, i) => joinByCode(member.userId, `ZZZZ${String(i).padStart(2, "2")}`)));
    const codes = guesses.map((g) => (g.status === "rejected" ? (g.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "JOIN_CODE_UNKNOWN")).toHaveLength(10);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(5);
    await expect(joinByCode(member.userId, "ABCDEF")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
