import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/reminders/collectors";
import { collectDigests, dutchDay, renderDigest } from "@/lib/reminders/digest";
import { saveReminderSettings } from "@/lib/reminders/settings";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const NOW = new Date("2027-02-01T06:00:00Z");
const TODAY = dutchDay(NOW);
const appUrl = "https://beraad.test";
const day = (offset: number) => new Date(`${addDays(TODAY, offset)}T00:00:00Z`);

/** A session whose steps have owners and deadlines around today, in every state. */
async function plannedSession() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const session = await createSession(griffier, { title: "Armoedebeleid", facilitatorIds: [facilitator.membershipId] });
  const plan: Record<number, { deadline: Date | null; ownerId: string | null; status?: "OPEN" | "BEZIG" | "KLAAR" | "NVT" }> = {
    1: { deadline: day(2), ownerId: griffier.membershipId, status: "BEZIG" }, // within the window
    2: { deadline: day(-3), ownerId: griffier.membershipId }, // past, still open
    3: { deadline: day(10), ownerId: griffier.membershipId }, // too far ahead
    4: { deadline: day(1), ownerId: griffier.membershipId, status: "KLAAR" }, // done
    5: { deadline: day(-1), ownerId: griffier.membershipId, status: "NVT" }, // not applicable
    6: { deadline: day(0), ownerId: null }, // nobody owns it
    7: { deadline: day(3), ownerId: facilitator.membershipId }, // the facilitator's, on the window's edge
    8: { deadline: null, ownerId: griffier.membershipId }, // no deadline
  };
  for (const [number, step] of Object.entries(plan)) {
    await db().preparationStep.updateMany({ where: { sessionId: session.id, number: Number(number) }, data: { deadline: step.deadline, ownerId: step.ownerId, status: step.status ?? "OPEN" } });
  }
  return { gemeente, griffier, facilitator, session };
}

const stepItems = (digests: Map<string, { kind: string; subject?: string; date?: string }[]>, userId: string) =>
  (digests.get(userId) ?? []).filter((item) => item.kind === "stepDeadline").map((item) => [item.subject, item.date]);

describe("step-deadline reminders", () => {
  it("go to each step's owner while the deadline is within three days or past, and not for steps that are klaar or n.v.t.", async () => {
    const { griffier, facilitator, session } = await plannedSession();
    const digests = await collectDigests(db(), TODAY);
    expect(stepItems(digests, griffier.userId)).toEqual([
      ["2", addDays(TODAY, -3)],
      ["1", addDays(TODAY, 2)],
    ]);
    expect(stepItems(digests, facilitator.userId)).toEqual([["7", addDays(TODAY, 3)]]);

    const text = renderDigest(digests.get(griffier.userId)!, { appUrl, today: TODAY }).text;
    expect(text).toContain("Deadlines van uw stappen\n- Stap 2 van ‘Armoedebeleid’");
    expect(text).toContain("deadline 3 dagen geleden verstreken (29 januari 2027)");
    expect(text).toContain("Stap 1 van ‘Armoedebeleid’");
    expect(text).toContain("deadline over 2 dagen (3 februari 2027)");
    // The link opens the step itself (by its slug).
    expect(text).toContain(`${appUrl}/${griffier.gemeenteSlug}/sessies/${session.id}/stappen/programma`);
  });

  it("stop once the step is done, and for an archived session", async () => {
    const { griffier, session } = await plannedSession();
    await db().preparationStep.updateMany({ where: { sessionId: session.id, number: 2 }, data: { status: "KLAAR" } });
    expect(stepItems(await collectDigests(db(), TODAY), griffier.userId)).toEqual([["1", addDays(TODAY, 2)]]);
    await db().councilSession.updateMany({ where: { id: session.id }, data: { archivedAt: NOW } });
    expect(stepItems(await collectDigests(db(), TODAY), griffier.userId)).toEqual([]);
  });

  it("can be switched off like every other kind", async () => {
    const { griffier, facilitator } = await plannedSession();
    await saveReminderSettings(facilitator.userId, ["worksheet", "evaluation", "commitment"]);
    const digests = await collectDigests(db(), TODAY);
    expect(digests.get(facilitator.userId)).toBeUndefined();
    expect(stepItems(digests, griffier.userId)).toHaveLength(2);
  });
});
