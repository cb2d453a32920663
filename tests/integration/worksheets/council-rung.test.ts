import { describe, expect, it } from "vitest";
import { sessionCouncilRung } from "@/lib/worksheets/results";
import { answeredSession, council } from "../privacy/fixtures";

describe("the council's rung for the step page's pseudo-participation check", () => {
  it("comes from the worksheet's answers once there are any, for those who run the session", async () => {
    const { gemeente, beheerder, griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "STAP", anonymous: false, close: false, rungs: ["LOSLATEN", "LOSLATEN", "REGULEREN"] });
    expect(await sessionCouncilRung(griffier, sessionId)).toBe("LOSLATEN");
    // Those who do not run sessions see the intended rung only.
    expect(await sessionCouncilRung(beheerder, sessionId)).toBeNull();
    expect(await sessionCouncilRung(raadsleden[0], sessionId)).toBeNull();
    // Another gemeente's griffier learns nothing.
    const other = await council();
    expect(await sessionCouncilRung(other.griffier, sessionId)).toBeNull();
    expect(gemeente.id).not.toBe(other.gemeente.id);
  });
});
