import { describe, expect, it } from "vitest";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

describe("a step's status follows its content", () => {
  it("a step saved as open with content is stored as bezig; without content it stays open", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    const status = async (n: number) => (await getCouncilSession(griffier, id)).steps.find((s) => s.number === n)!.status;

    expect(await saveStep(griffier, { sessionId: id, number: 4, version: 1, status: "OPEN", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol past?" } })).toMatchObject({ ok: true, status: "BEZIG" });
    expect(await status(4)).toBe("BEZIG");

    expect(await saveStep(griffier, { sessionId: id, number: 2, version: 1, status: "OPEN", nvtReason: "", data: emptyStepData(2) })).toMatchObject({ ok: true, status: "OPEN" });
    expect(await status(2)).toBe("OPEN");
  });

  it("klaar and n.v.t. stay as chosen; n.v.t. needs its reason, and other statuses drop a stale one", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    const data = { ...emptyStepData(7), agendaTopics: [{ id: "t1", topic: "Wijkbudgetten", initiator: "" }] };
    expect(await saveStep(griffier, { sessionId: id, number: 7, version: 1, status: "KLAAR", nvtReason: "", data })).toMatchObject({ status: "KLAAR" });
    await expect(saveStep(griffier, { sessionId: id, number: 7, version: 2, status: "NVT", nvtReason: "  ", data })).rejects.toMatchObject({ code: "INVALID" });
    expect(await saveStep(griffier, { sessionId: id, number: 7, version: 2, status: "NVT", nvtReason: "Geregeld in de regio", data })).toMatchObject({ status: "NVT" });
    await saveStep(griffier, { sessionId: id, number: 7, version: 3, status: "OPEN", nvtReason: "Geregeld in de regio", data });
    const step = (await getCouncilSession(griffier, id)).steps.find((s) => s.number === 7)!;
    expect(step).toMatchObject({ status: "BEZIG", nvtReason: "" });
  });
});
