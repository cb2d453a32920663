import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { changeRole, removeMember } from "@/lib/members/manage-membership";
import { actorOf, createGemeente, createMember } from "@/tests/support/factories";

describe("membership actions stay inside the caller's gemeente", () => {
  it("a beheerder of gemeente A cannot touch gemeente B's memberships", async () => {
    const a = await createGemeente("Astad");
    const b = await createGemeente("Bstad");
    const beheerderA = await createMember(a, "BEHEERDER");
    await createMember(b, "BEHEERDER");
    const raadslidB = await createMember(b, "RAADSLID");

    await expect(changeRole(beheerderA, { membershipId: raadslidB.membershipId, role: "GRIFFIER" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeMember(beheerderA, { membershipId: raadslidB.membershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const listed = await listMembers(beheerderA);
    expect(listed.members.map((m) => m.id)).not.toContain(raadslidB.membershipId);
    const still = await db().membership.findUniqueOrThrow({ where: { id: raadslidB.membershipId } });
    expect(still.role).toBe("RAADSLID");
  });

  it("a member of A is not found in B at all", async () => {
    const a = await createGemeente("Astad");
    const b = await createGemeente("Bstad");
    const beheerderA = await createMember(a, "BEHEERDER");
    await expect(actorOf(beheerderA.userId, b.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("roles other than beheerder may not manage people", async () => {
    const gemeente = await createGemeente();
    await createMember(gemeente, "BEHEERDER");
    const target = await createMember(gemeente, "RAADSLID");
    for (const role of ["GRIFFIER", "FACILITATOR", "RAADSLID"] as const) {
      const actor = await createMember(gemeente, role);
      await expect(listMembers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(inviteMember(actor, { email: `x-${role}@test.nl`, role: "BEHEERDER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(changeRole(actor, { membershipId: target.membershipId, role: "BEHEERDER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeMember(actor, { membershipId: target.membershipId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().invitation.count({ where: { gemeenteId: gemeente.id } })).toBe(0);
  });

  it("keeps at least one beheerder", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    await expect(changeRole(beheerder, { membershipId: beheerder.membershipId, role: "RAADSLID" })).rejects.toMatchObject({
      code: "LAST_BEHEERDER",
    });
    await expect(removeMember(beheerder, { membershipId: beheerder.membershipId })).rejects.toMatchObject({ code: "LAST_BEHEERDER" });
  });
});

describe("audit trail", () => {
  it("records who changed a role and removed a member, with before and after", async () => {
    const gemeente = await createGemeente();
    const beheerder = await createMember(gemeente, "BEHEERDER");
    const member = await createMember(gemeente, "RAADSLID");

    await changeRole(beheerder, { membershipId: member.membershipId, role: "GRIFFIER" });
    await removeMember(beheerder, { membershipId: member.membershipId });
    const { id: invitationId } = await inviteMember(beheerder, { email: "gast@test.nl", role: "RAADSLID" });

    const events = await db().auditEvent.findMany({ where: { gemeenteId: gemeente.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["membership.change-role", member.membershipId, beheerder.userId],
      ["membership.remove", member.membershipId, beheerder.userId],
      ["invitation.create", invitationId, beheerder.userId],
    ]);
    expect(events[0].before).toEqual({ role: "RAADSLID" });
    expect(events[0].after).toEqual({ role: "GRIFFIER" });
  });
});
