import { describe, expect, it } from "vitest";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { updateCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { getSessionPlan, proposeSessionPlan, saveSessionPlan } from "@/lib/planning/plan";
import { setPreparationGroup } from "@/lib/preparation-group/group";
import type { StepPlanInput } from "@/lib/validation/planning";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const emptyPlan = (): StepPlanInput[] => Array.from({ length: 10 }, (_, i) => ({ number: (i + 1) as StepPlanInput["number"], deadline: null, ownerId: null }));

describe("session planning", () => {
  it("a new session's steps get deadlines planned backwards from its date", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier, { date: "2027-03-11" });
    const plan = await getSessionPlan(griffier, id);
    expect(plan.sessionDate).toBe("2027-03-11");
    expect(plan.steps.map((s) => s.deadline)).toEqual([
      "2027-01-14", "2027-01-28", "2027-01-28", "2027-02-11", "2027-02-11", "2027-02-18", "2027-02-18", "2027-02-18", "2027-03-04", "2027-04-08",
    ]);
  });

  it("keeps an end time, and an edit without one clears it", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier, { date: "2027-03-11" });
    const input = { title: "Jeugdzorg", theme: "jeugd", date: "2027-03-11", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [] };
    await updateCouncilSession(griffier, { ...input, endTime: "22:15", sessionId: id, version: 1 });
    expect((await getCouncilSession(griffier, id)).endsAt?.toISOString()).toBe("2027-03-11T21:15:00.000Z");
    await updateCouncilSession(griffier, { ...input, sessionId: id, version: 2 });
    expect((await getCouncilSession(griffier, id)).endsAt).toBeNull();
  });

  it("adjusts owners and deadlines per step; an owner is a griffier or a facilitator of this session", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const facilitator = await createMember(gemeente, "FACILITATOR");
    const otherFacilitator = await createMember(gemeente, "FACILITATOR");
    const raadslid = await createMember(gemeente, "RAADSLID");
    const { id } = await createSession(griffier, { facilitatorIds: [facilitator.membershipId] });

    const plan = await getSessionPlan(griffier, id);
    expect(plan.candidates.map((c) => c.id).sort()).toEqual([griffier.membershipId, facilitator.membershipId].sort());

    const wanted = emptyPlan();
    wanted[0] = { number: 1, deadline: "2027-01-02", ownerId: facilitator.membershipId };
    wanted[1] = { number: 2, deadline: "2027-01-03", ownerId: griffier.membershipId };
    await saveSessionPlan(griffier, id, wanted);
    const saved = await getSessionPlan(facilitator, id);
    expect(saved.steps[0]).toMatchObject({ deadline: "2027-01-02", ownerId: facilitator.membershipId, ownerName: "Test facilitator" });
    expect(saved.steps[2]).toMatchObject({ deadline: null, ownerId: null });

    for (const outsider of [otherFacilitator, raadslid]) {
      const refused = emptyPlan();
      refused[0] = { number: 1, deadline: null, ownerId: outsider.membershipId };
      await expect(saveSessionPlan(griffier, id, refused)).rejects.toMatchObject({ code: "INVALID" });
    }
    // A facilitator sees the plan but does not change it; a raadslid does not see it.
    await expect(saveSessionPlan(facilitator, id, wanted)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSessionPlan(raadslid, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().auditEvent.count({ where: { entityId: id, action: "preparation-plan.save" } })).toBe(1);

    // A raadslid of the session's preparation group (invited, who may own a step) sees the plan, and still does not change it.
    const preparer = await createMember(gemeente, "RAADSLID");
    const grouped = await createSession(griffier, { inviteeIds: [preparer.membershipId, raadslid.membershipId] });
    await setPreparationGroup(griffier, grouped.id, [preparer.membershipId]);
    expect((await getSessionPlan(preparer, grouped.id)).id).toBe(grouped.id);
    await expect(saveSessionPlan(preparer, grouped.id, emptyPlan())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSessionPlan(raadslid, grouped.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessionPlan(preparer, id)).rejects.toMatchObject({ code: "NOT_FOUND" }); // the group is per session
  });

  it("proposes the deadlines again from a moved session date, keeping the owners", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier, { date: "2027-03-11" });
    const wanted = emptyPlan();
    wanted[0] = { number: 1, deadline: "2027-01-01", ownerId: griffier.membershipId };
    await saveSessionPlan(griffier, id, wanted);
    const input = { title: "Jeugdzorg", theme: "jeugd", date: "2027-05-06", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [] };
    await updateCouncilSession(griffier, { ...input, sessionId: id, version: 1 });
    await proposeSessionPlan(griffier, id);
    const plan = await getSessionPlan(griffier, id);
    expect(plan.steps[0]).toMatchObject({ deadline: "2027-03-11", ownerId: griffier.membershipId });
    expect(plan.steps[8].deadline).toBe("2027-04-29");
  });

  it("another gemeente's griffier reaches nothing", async () => {
    const [a, b] = [await createGemeente(), await createGemeente()];
    const griffier = await createMember(a, "GRIFFIER");
    const stranger = await createMember(b, "GRIFFIER");
    const { id } = await createSession(griffier);
    await expect(getSessionPlan(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveSessionPlan(stranger, id, emptyPlan())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposeSessionPlan(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
