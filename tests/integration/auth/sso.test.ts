import { describe, expect, it } from "vitest";
import { resolveSsoIdentity } from "@/lib/auth/sso";
import { db } from "@/lib/db";
import { createGemeente, createMember } from "@/tests/support/factories";

async function person() {
  const m = await createMember(await createGemeente("Koppelstad"), "GRIFFIER");
  return db().user.findUniqueOrThrow({ where: { id: m.userId } });
}

describe("linking a single sign-on identity", () => {
  it("links a verified address to the member once; from then on the provider's sub decides", async () => {
    const user = await person();
    expect(await resolveSsoIdentity({ sub: "sub-1", email: user.email.toUpperCase(), email_verified: true })).toMatchObject({ status: "ok", userId: user.id });
    expect(await db().account.findMany({ where: { userId: user.id }, select: { provider: true, providerAccountId: true } })).toEqual([{ provider: "oidc", providerAccountId: "sub-1" }]);
    // The address changed at the provider: the link still holds, by sub.
    expect(await resolveSsoIdentity({ sub: "sub-1", email: "nieuw@elders.test", email_verified: true })).toMatchObject({ status: "ok", userId: user.id });
    // Another identity at the provider now claiming the same address does not get in.
    expect(await resolveSsoIdentity({ sub: "sub-2", email: user.email, email_verified: true })).toEqual({ status: "refused", reason: "SsoConflict" });
    expect(await db().auditEvent.count({ where: { actorId: user.id, action: "account.link-sso" } })).toBe(1);
  });

  it("refuses unverified addresses and people without a membership; creates nobody", async () => {
    const user = await person();
    expect(await resolveSsoIdentity({ sub: "sub-3", email: user.email, email_verified: false })).toEqual({ status: "refused", reason: "SsoUnverified" });
    expect(await resolveSsoIdentity({ sub: "sub-4", email: "onbekend@koppelstad.test", email_verified: true })).toEqual({ status: "refused", reason: "SsoUnknown" });
    await db().membership.deleteMany({ where: { userId: user.id } });
    expect(await resolveSsoIdentity({ sub: "sub-5", email: user.email, xms_edov: true })).toEqual({ status: "refused", reason: "SsoUnknown" });
    expect(await db().user.count({ where: { email: "onbekend@koppelstad.test" } })).toBe(0);
    expect(await db().account.count({ where: { userId: user.id } })).toBe(0);
  });
});
