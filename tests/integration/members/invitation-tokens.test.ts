import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { hashToken } from "@/lib/members/tokens";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

describe("invitation tokens", () => {
  it("are stored only as a SHA-256 hash, and two simultaneous uses cannot both win", async () => {
    const beheerder = await createMember(await createGemeente(), "BEHEERDER");
    const { token, id } = await inviteMember(beheerder, { email: "tegelijk@test.nl", role: "RAADSLID" });
    const stored = await db().invitation.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const results = await Promise.allSettled([
      acceptInvitation({ token, name: "Eerste", password: "een-goed-wachtwoord" }, newClient()),
      acceptInvitation({ token, name: "Tweede", password: "een-goed-wachtwoord" }, newClient()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().membership.count({ where: { user: { email: "tegelijk@test.nl" } } })).toBe(1);
  });
});
