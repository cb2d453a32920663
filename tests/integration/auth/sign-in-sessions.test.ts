import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { accountOfSession } from "@/lib/auth/membership";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_MAX_AGE_S, startSignInSession } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/members/manage-membership";
import { erasePerson } from "@/lib/privacy/erase-person";
import { createGemeente, createMember, newClient } from "@/tests/support/factories";

const live = async (userId: string, sid: string) => (await accountOfSession(userId, sid)) !== null;

/** next-auth's jwt callback as it runs for /api/auth/session, and its sign-out event. */
const sessionEndpoint = (token: JWT) => authOptions.callbacks!.jwt!({ token } as Parameters<NonNullable<typeof authOptions.callbacks>["jwt"] & {}>[0]);
const signOutEvent = (token: JWT) => authOptions.events!.signOut!({ token, session: undefined as never });

async function personWithTwoGemeenten() {
  const home = await createGemeente("Thuisstad");
  const beheerder = await createMember(home, "BEHEERDER");
  const member = await createMember(home, "RAADSLID", "het-oude-wachtwoord");
  const user = await db().user.findUniqueOrThrow({ where: { id: member.userId } });
  return { home, beheerder, member, user };
}

describe("sign-in sessions", () => {
  it("a request is signed in only while its session row exists and has not expired", async () => {
    const { user } = await personWithTwoGemeenten();
    const sid = await startSignInSession(user.id);
    expect(await accountOfSession(user.id, sid)).toMatchObject({ id: user.id, email: user.email, memberships: [{ role: "RAADSLID" }] });
    expect(await live(user.id, "een-verzonnen-id")).toBe(false);

    const longAgo = new Date(Date.now() - SIGN_IN_MAX_AGE_S * 1000 - 1000);
    expect(await live(user.id, await startSignInSession(user.id, longAgo))).toBe(false);
    // Another person's session id does not open this account.
    const other = await personWithTwoGemeenten();
    expect(await live(user.id, await startSignInSession(other.user.id))).toBe(false);
  });

  it("the account carries every membership with its role and gemeente, by gemeente name", async () => {
    const { home, member, user } = await personWithTwoGemeenten();
    const other = await createGemeente("Aastad"); // sorts before Thuisstad
    const elsewhere = await db().membership.create({ data: { userId: user.id, gemeenteId: other.id, role: "GRIFFIER" } });

    expect(await accountOfSession(user.id, await startSignInSession(user.id))).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      memberships: [
        { id: elsewhere.id, role: "GRIFFIER", gemeente: { id: other.id, slug: other.slug, name: other.name } },
        { id: member.membershipId, role: "RAADSLID", gemeente: { id: home.id, slug: home.slug, name: home.name } },
      ],
    });
  });

  it("signing out ends that session on the server, also for /api/auth/session; other sessions stay", async () => {
    const { user } = await personWithTwoGemeenten();
    const [phone, laptop] = [await startSignInSession(user.id), await startSignInSession(user.id)];
    const token = { sub: user.id, sid: phone };
    expect(await sessionEndpoint(token)).toMatchObject(token);

    await signOutEvent(token);
    expect(await live(user.id, phone)).toBe(false);
    await expect(sessionEndpoint(token)).rejects.toThrow("ended");
    await expect(sessionEndpoint({ sub: user.id })).rejects.toThrow("ended"); // a token from before sign-in sessions
    expect(await live(user.id, laptop)).toBe(true);
  });

  it("changing the password ends every other session and keeps the one that changed it", async () => {
    const { user } = await personWithTwoGemeenten();
    const [mine, stolen] = [await startSignInSession(user.id), await startSignInSession(user.id)];
    const me = { id: user.id, email: user.email, sid: mine };

    await expect(changePassword(me, { currentPassword: "geraden", newPassword: "een-nieuw-wachtwoord" }, newClient())).rejects.toMatchObject({
      code: "WRONG_PASSWORD",
    });
    expect(await live(user.id, stolen)).toBe(true);

    await changePassword(me, { currentPassword: "het-oude-wachtwoord", newPassword: "een-nieuw-wachtwoord" }, newClient());
    expect(await live(user.id, stolen)).toBe(false);
    expect(await live(user.id, mine)).toBe(true);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, "een-nieuw-wachtwoord")).toBe(true);
  });

  it("losing one's last membership ends every session; losing one of two does not", async () => {
    const { beheerder, member, user } = await personWithTwoGemeenten();
    const other = await createGemeente("Buurstad");
    const otherBeheerder = await createMember(other, "BEHEERDER");
    const elsewhere = await db().membership.create({ data: { userId: user.id, gemeenteId: other.id, role: "GRIFFIER" } });
    const sid = await startSignInSession(user.id);

    await removeMember(beheerder, { membershipId: member.membershipId });
    expect(await live(user.id, sid)).toBe(true); // still a griffier in Buurstad
    expect((await accountOfSession(user.id, sid))?.memberships.map((m) => m.gemeente.slug)).toEqual([other.slug]);

    await removeMember(otherBeheerder, { membershipId: elsewhere.id });
    expect(await live(user.id, sid)).toBe(false);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().user.count({ where: { id: user.id } })).toBe(1); // the account itself stays
  });

  it("erasure ends every session, also when the account stays for another gemeente", async () => {
    const { beheerder, member, user } = await personWithTwoGemeenten();
    const other = await createGemeente("Buurstad");
    await db().membership.create({ data: { userId: user.id, gemeenteId: other.id, role: "GRIFFIER" } });
    const sid = await startSignInSession(user.id);

    expect(await erasePerson(beheerder, { membershipId: member.membershipId })).toMatchObject({ userDeleted: false });
    expect(await live(user.id, sid)).toBe(false);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);

    const second = await personWithTwoGemeenten();
    const secondSid = await startSignInSession(second.user.id);
    expect(await erasePerson(second.beheerder, { membershipId: second.member.membershipId })).toMatchObject({ userDeleted: true });
    expect(await db().session.count({ where: { sessionToken: secondSid } })).toBe(0);
  });
});
