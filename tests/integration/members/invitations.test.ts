import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { acceptInvitation, viewInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { INVITATION_TTL_MS } from "@/lib/members/tokens";
import { actorOf, createGemeente, createMember, newClient } from "@/tests/support/factories";

describe("invitation flow", () => {
  it("lets the invitee join with the invited role, once", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const { token } = await inviteMember(beheerder, { email: "nieuw-lid@test.nl", role: "FACILITATOR" });

    expect(await viewInvitation(token)).toMatchObject({ email: "nieuw-lid@test.nl", role: "FACILITATOR", accountExists: false });
    const result = await acceptInvitation({ token, name: "Nieuw Lid", password: "een-goed-wachtwoord" }, newClient());
    expect(result.gemeenteSlug).toBe(gemeente.slug);

    const user = await db().user.findUniqueOrThrow({ where: { email: "nieuw-lid@test.nl" } });
    expect(user.name).toBe("Nieuw Lid");
    expect(await verifyPassword(user.passwordHash, "een-goed-wachtwoord")).toBe(true);
    expect((await actorOf(user.id, gemeente.slug)).role).toBe("FACILITATOR");

    await expect(acceptInvitation({ token, name: "Iemand Anders", password: "nog-een-wachtwoord" }, newClient())).rejects.toMatchObject({
      code: "INVITATION_INVALID",
    });
    expect(await viewInvitation(token)).toBeNull();
  });

  it("refuses an expired invitation", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const invitedAt = new Date("2026-01-01T10:00:00Z");
    const { token } = await inviteMember(beheerder, { email: "te-laat@test.nl", role: "RAADSLID" }, invitedAt);
    const afterExpiry = new Date(invitedAt.getTime() + INVITATION_TTL_MS + 1000);

    await expect(acceptInvitation({ token, name: "Te Laat", password: "een-goed-wachtwoord" }, newClient(), afterExpiry)).rejects.toMatchObject({
      code: "INVITATION_INVALID",
    });
    expect(await db().user.findUnique({ where: { email: "te-laat@test.nl" } })).toBeNull();
  });

  it("only the newest invitation for an address works", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const first = await inviteMember(beheerder, { email: "twee-keer@test.nl", role: "RAADSLID" });
    const second = await inviteMember(beheerder, { email: "twee-keer@test.nl", role: "GRIFFIER" });

    expect(await viewInvitation(first.token)).toBeNull();
    expect(await viewInvitation(second.token)).toMatchObject({ role: "GRIFFIER" });
  });

  it("an existing account joins a second gemeente only with its own password", async () => {
    const home = await createGemeente("Thuisstad");
    const other = await createGemeente("Buurstad");
    const person = await createMember(home, "RAADSLID", "mijn-eigen-wachtwoord");
    const email = (await db().user.findUniqueOrThrow({ where: { id: person.userId } })).email;
    const beheerder = await createMember(other, "BEHEERDER");
    const { token } = await inviteMember(beheerder, { email, role: "FACILITATOR" });

    await expect(acceptInvitation({ token, password: "geraden-wachtwoord" }, newClient())).rejects.toMatchObject({
      code: "INVITATION_WRONG_PASSWORD",
    });
    await acceptInvitation({ token, password: "mijn-eigen-wachtwoord" }, newClient());
    expect((await actorOf(person.userId, other.slug)).role).toBe("FACILITATOR");
    expect((await actorOf(person.userId, home.slug)).role).toBe("RAADSLID");
  });

  it("refuses to invite someone who is already a member", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const member = await createMember(gemeente, "RAADSLID");
    const email = (await db().user.findUniqueOrThrow({ where: { id: member.userId } })).email;
    await expect(inviteMember(beheerder, { email, role: "GRIFFIER" })).rejects.toMatchObject({ code: "ALREADY_MEMBER" });
  });
});
