import { describe, expect, it } from "vitest";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { db } from "@/lib/db";
import { saveStep } from "@/lib/preparation/save-step";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const problem = (statement: string) => ({
  problemStatement: statement,
  problemDefinedWithStakeholders: false,
  stakeholders: [],
  responsibilities: [],
  proposedSolution: "",
});

describe("saving a preparation step", () => {
  it("saves, bumps the version and records the change in the audit trail", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);

    const result = await saveStep(griffier, { sessionId: id, number: 3, version: 1, status: "BEZIG", nvtReason: "", data: problem("Lange wachtlijsten") });
    expect(result).toEqual({ ok: true, version: 2, status: "BEZIG" });
    const step = (await getCouncilSession(griffier, id)).steps.find((s) => s.number === 3)!;
    expect(step).toMatchObject({ status: "BEZIG", version: 2, data: problem("Lange wachtlijsten") });

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "preparation-step.save", actorId: griffier.userId } });
    expect(audit.entityId).toBe(step.id);
    expect(audit.after).toMatchObject({ status: "BEZIG", data: { problemStatement: "Lange wachtlijsten" } });
  });

  it("two people editing: the second save gets a conflict with the first person's version, nothing overwritten", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const colleague = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);

    await saveStep(griffier, { sessionId: id, number: 3, version: 1, status: "BEZIG", nvtReason: "", data: problem("Versie van de eerste") });
    const second = await saveStep(colleague, { sessionId: id, number: 3, version: 1, status: "KLAAR", nvtReason: "", data: problem("Versie van de tweede") });

    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict).toMatchObject({ version: 2, updatedBy: "Test griffier", data: { problemStatement: "Versie van de eerste" } });
    const stored = (await getCouncilSession(griffier, id)).steps.find((s) => s.number === 3)!;
    expect(stored.data).toMatchObject({ problemStatement: "Versie van de eerste" });

    // Having seen it, the second person saves on purpose against the current version.
    expect(await saveStep(colleague, { sessionId: id, number: 3, version: 2, status: "KLAAR", nvtReason: "", data: problem("Samengevoegd") })).toMatchObject({ ok: true, version: 3 });
  });

  it("refuses invalid data and n.v.t. without a reason", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    await expect(saveStep(griffier, { sessionId: id, number: 3, version: 1, status: "NVT", nvtReason: " ", data: problem("") })).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      saveStep(griffier, { sessionId: id, number: 5, version: 1, status: "BEZIG", nvtReason: "", data: { decision: { level: "HEEL_VEEL" } } }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("is refused for other roles and other gemeenten", async () => {
    const gemeente = await createGemeente();
    const other = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const raadslid = await createMember(gemeente, "RAADSLID");
    const foreignGriffier = await createMember(other, "GRIFFIER");
    const { id } = await createSession(griffier);
    const input = { sessionId: id, number: 3 as const, version: 1, status: "BEZIG" as const, nvtReason: "", data: problem("x") };
    // A raadslid may edit steps only of sessions whose preparation group they are in
    // (tests/integration/preparation-group): of any other session the steps are not found.
    await expect(saveStep(raadslid, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveStep(foreignGriffier, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().preparationStep.findFirstOrThrow({ where: { sessionId: id, number: 3 } })).status).toBe("OPEN");
  });
});
