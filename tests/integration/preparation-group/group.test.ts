import { describe, expect, it } from "vitest";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { db } from "@/lib/db";
import { getSessionPlan, saveSessionPlan } from "@/lib/planning/plan";
import { preparationGroup, setPreparationGroup } from "@/lib/preparation-group/group";
import { saveStep } from "@/lib/preparation/save-step";
import { loadRaadslidDashboard } from "@/lib/dashboard/dashboard";
import { loadRaadslidTasks } from "@/lib/tasks/tasks";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const edit = (sessionId: string, version = 1) => ({ sessionId, number: 3 as const, version, status: "BEZIG" as const, nvtReason: "", data: { problemStatement: "Wachtlijsten in de jeugdzorg" } });

async function council() {
  const gemeente = await createGemeente("Groepstad");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const [inGroup, outside] = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  const session = await createSession(griffier, { facilitatorIds: [facilitator.membershipId], inviteeIds: [outside.membershipId] });
  const other = await createSession(griffier, { inviteeIds: [inGroup.membershipId, outside.membershipId] });
  return { gemeente, griffier, facilitator, inGroup, outside, session, other };
}

describe("the preparation group", () => {
  it("lets a raadslid of the group edit that session's steps, and nobody else's steps, nor other sessions", async () => {
    const { griffier, facilitator, inGroup, outside, session, other } = await council();
    await setPreparationGroup(griffier, session.id, [inGroup.membershipId]);
    expect((await preparationGroup(griffier, session.id)).memberIds).toEqual([inGroup.membershipId]);

    // Joining the group invited them, so they reach the session, with all its steps.
    const seen = await getCouncilSession(inGroup, session.id);
    expect(seen.invitees.map((p) => p.membershipId)).toContain(inGroup.membershipId);
    expect(seen.steps).toHaveLength(10);
    expect(await saveStep(inGroup, edit(session.id))).toMatchObject({ ok: true, status: "BEZIG" });
    const step = await db().preparationStep.findFirstOrThrow({ where: { sessionId: session.id, number: 3 } });
    expect(step.updatedById).toBe(inGroup.userId);

    // An invited raadslid outside the group sees only what is shared and cannot save.
    expect((await getCouncilSession(outside, session.id)).steps.map((s) => s.number)).toEqual([5]);
    await expect(saveStep(outside, edit(session.id, 2))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The group is per session: the same raadslid, invited to another session, cannot edit its steps.
    await expect(saveStep(inGroup, edit(other.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCouncilSession(inGroup, other.id)).steps.map((s) => s.number)).toEqual([5]);
    // Not the session's settings either, nor its planning (which they see: they may own a step) or its group.
    expect((await getSessionPlan(inGroup, session.id)).id).toBe(session.id);
    await expect(saveSessionPlan(inGroup, session.id, STEP_NUMBERS.map((number) => ({ number, deadline: null, ownerId: null })))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setPreparationGroup(inGroup, session.id, [inGroup.membershipId, outside.membershipId])).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A facilitator runs the session; preparing the steps is not theirs.
    await expect(saveStep(facilitator, edit(session.id, 2))).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Leaving the group ends the right to edit at once.
    await setPreparationGroup(griffier, session.id, []);
    await expect(saveStep(inGroup, edit(session.id, 2))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCouncilSession(inGroup, session.id)).steps.map((s) => s.number)).toEqual([5]);
  });

  it("takes raadsleden of the gemeente only, and makes them candidates for a step's owner", async () => {
    const { griffier, facilitator, inGroup, outside, session } = await council();
    const stranger = await createMember(await createGemeente("Elders"), "RAADSLID");
    await expect(setPreparationGroup(griffier, session.id, [facilitator.membershipId])).rejects.toMatchObject({ code: "INVALID" });
    await expect(setPreparationGroup(griffier, session.id, [stranger.membershipId])).rejects.toMatchObject({ code: "INVALID" });
    expect(await db().sessionPreparer.count({ where: { sessionId: session.id } })).toBe(0);

    await setPreparationGroup(griffier, session.id, [inGroup.membershipId]);
    const plan = await getSessionPlan(griffier, session.id);
    expect(plan.candidates.map((c) => c.id)).toContain(inGroup.membershipId);
    expect(plan.candidates.map((c) => c.id)).not.toContain(outside.membershipId);
    const steps = STEP_NUMBERS.map((number) => ({ number, deadline: null, ownerId: number === 3 ? inGroup.membershipId : null }));
    await saveSessionPlan(griffier, session.id, steps);
    await expect(saveSessionPlan(griffier, session.id, steps.map((s) => (s.number === 3 ? { ...s, ownerId: outside.membershipId } : s)))).rejects.toMatchObject({ code: "INVALID" });
  });

  it("puts a step on a group member's name among their tasks, and marks the session they co-prepare on their dashboard", async () => {
    const { griffier, inGroup, outside, session, other } = await council();
    await setPreparationGroup(griffier, session.id, [inGroup.membershipId]);
    const plan = STEP_NUMBERS.map((number) => ({ number, deadline: number === 3 ? "2027-02-01" : number === 6 ? "2027-03-05" : null, ownerId: number === 3 || number === 6 ? inGroup.membershipId : null }));
    await saveSessionPlan(griffier, session.id, plan);
    const today = "2027-02-15";
    const stepTasks = async (who: typeof inGroup) =>
      (await loadRaadslidTasks(who, today)).flatMap((s) => s.tasks.filter((t) => t.kind === "step").map((t) => ({ session: s.session.id, ...t })));

    // Step 3 is past its date and not done; step 6 is due later.
    expect(await stepTasks(inGroup)).toEqual([
      { session: session.id, kind: "step", sessionId: session.id, number: 3, done: false, deadline: "2027-02-01", overdue: true },
      { session: session.id, kind: "step", sessionId: session.id, number: 6, done: false, deadline: "2027-03-05", overdue: false },
    ]);
    // Done when the step is: nothing overdue about a finished step.
    await saveStep(inGroup, { ...edit(session.id), status: "KLAAR" });
    expect((await stepTasks(inGroup)).map((t) => [t.number, t.done, t.overdue])).toEqual([
      [3, true, false],
      [6, false, false],
    ]);
    // Nobody else gets them, and the dashboard marks only the session they co-prepare.
    expect(await stepTasks(outside)).toEqual([]);
    const dashboard = await loadRaadslidDashboard(inGroup, today);
    expect(dashboard.sessions.map((s) => [s.id, s.preparing])).toEqual(expect.arrayContaining([[session.id, true], [other.id, false]]));
    expect(dashboard.sessions.find((s) => s.id === session.id)?.stepsDone).toBe(1);
    expect((await loadRaadslidDashboard(outside, today)).sessions.every((s) => !s.preparing)).toBe(true);

    // Leaving the group ends the task with the right to edit, even while the planning still names them.
    await setPreparationGroup(griffier, session.id, []);
    expect(await stepTasks(inGroup)).toEqual([]);
    expect((await loadRaadslidDashboard(inGroup, today)).sessions.find((s) => s.id === session.id)?.preparing).toBe(false);
  });
});
