import { describe, expect, it } from "vitest";
import { statusFollowingContent, stepHasContent } from "@/lib/preparation/content";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";

describe("a step's status follows its content", () => {
  it("an empty step has no content, whatever its defaults", () => {
    for (const n of STEP_NUMBERS) expect(stepHasContent(n, emptyStepData(n)), `step ${n}`).toBe(false);
  });

  it("text, a choice, a ticked box or a list row is content; blank text is not", () => {
    expect(stepHasContent(3, { ...emptyStepData(3), problemStatement: "Wachtlijsten" })).toBe(true);
    expect(stepHasContent(3, { ...emptyStepData(3), problemStatement: "   " })).toBe(false);
    expect(stepHasContent(3, { ...emptyStepData(3), problemDefinedWithStakeholders: true })).toBe(true);
    expect(stepHasContent(1, { ...emptyStepData(1), direction: "BUITEN_NAAR_BINNEN" })).toBe(true);
    expect(stepHasContent(7, { ...emptyStepData(7), agendaTopics: [{ id: "a", topic: "Wijkbudget", notFormallyInCharge: false }] })).toBe(true);
  });

  it("open with content becomes bezig; klaar, n.v.t. and an empty open step stay", () => {
    const filled = { ...emptyStepData(4), question: "Welke rol?" };
    expect(statusFollowingContent(4, "OPEN", filled)).toBe("BEZIG");
    expect(statusFollowingContent(4, "KLAAR", filled)).toBe("KLAAR");
    expect(statusFollowingContent(4, "NVT", filled)).toBe("NVT");
    expect(statusFollowingContent(4, "OPEN", emptyStepData(4))).toBe("OPEN");
  });
});
