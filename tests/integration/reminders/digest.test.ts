import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emptyStepData } from "@/lib/preparation/schemas";
import { addDays } from "@/lib/reminders/collectors";
import { collectDigests, dutchDay, renderDigest, sendReminderDigests } from "@/lib/reminders/digest";
import { saveReminderSettings } from "@/lib/reminders/settings";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const NOW = new Date("2027-03-01T06:00:00Z");
const TODAY = dutchDay(NOW);
const appUrl = "https://beraad.test";

/** A gemeente with a griffier, three invited raadsleden and an open worksheet of two actors that one of them finished. */
async function council() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const [done, halfway, none] = [await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID"), await createMember(gemeente, "RAADSLID")];
  await db().user.update({ where: { id: done.userId }, data: { name: "Dirk Klaar" } });
  const session = await createSession(griffier, { title: "Wijkzorg" });
  await db().sessionParticipant.createMany({ data: [done, halfway, none].map((r) => ({ sessionId: session.id, membershipId: r.membershipId, kind: "RAADSLID" as const })) });
  const worksheet = await db().roleWorksheet.create({ data: { sessionId: session.id, state: "OPEN", actors: { create: [{ key: "raad", name: "Raad", position: 0 }, { key: "college", name: "College", position: 1 }] } }, include: { actors: true } });
  await db().roleAnswer.createMany({
    data: [
      ...worksheet.actors.map((a) => ({ worksheetId: worksheet.id, actorId: a.id, membershipId: done.membershipId, rung: "FACILITEREN" as const })),
      { worksheetId: worksheet.id, actorId: worksheet.actors[0].id, membershipId: halfway.membershipId, rung: "REGISSEREN" as const },
    ],
  });
  const step9 = { ...emptyStepData(9), evaluationMoments: [
    { id: "over-een-week", date: addDays(TODAY, 7), subject: "Halfjaarevaluatie wijkteams", participants: "", coversRoles: true, outcome: "", adjustments: "" },
    { id: "over-drie-dagen", date: addDays(TODAY, 3), subject: "Niet vandaag", participants: "", coversRoles: false, outcome: "", adjustments: "" },
    { id: "al-gedaan", date: TODAY, subject: "Al geëvalueerd", participants: "", coversRoles: false, outcome: "Goed gegaan", adjustments: "" },
  ] };
  await db().preparationStep.updateMany({ where: { sessionId: session.id, number: 9 }, data: { data: step9 } });
  await db().commitment.createMany({ data: [
    { sessionId: session.id, who: "Wethouder Zorg", what: "Raadsinformatiebrief over wachttijden", dueDate: new Date(`${TODAY}T00:00:00Z`) },
    { sessionId: session.id, who: "Wethouder Zorg", what: "Al afgedaan", dueDate: new Date(`${TODAY}T00:00:00Z`), doneAt: NOW },
    { sessionId: session.id, who: "Burgemeester", what: "Nog ver weg", dueDate: new Date(`${addDays(TODAY, 20)}T00:00:00Z`) },
  ] });
  return { gemeente, griffier, done, halfway, none, session };
}

describe("the daily reminder digest", () => {
  it("gives each person their own items per kind, and a raadslid never reads about anyone else's answers", async () => {
    const { griffier, done, halfway, none, session } = await council();
    const digests = await collectDigests(db(), TODAY);

    expect(digests.get(done.userId)).toBeUndefined();
    for (const raadslid of [halfway, none]) expect(digests.get(raadslid.userId)!.map((i) => i.kind)).toEqual(["worksheet"]);
    const mine = renderDigest(digests.get(halfway.userId)!, { appUrl, today: TODAY });
    expect(mine.subject).toBe("Beraad: 1 herinnering voor vandaag");
    expect(mine.text).toContain("Het werkblad van ‘Wijkzorg’");
    expect(mine.text).toContain(`${appUrl}/${griffier.gemeenteSlug}/sessies/${session.id}/werkblad`);
    // Nothing about other people: no names, no counts of who answered.
    expect(mine.text).not.toMatch(/Dirk|Klaar|\d+ van \d+|anderen|nog niet ingevuld door/);

    const clerk = digests.get(griffier.userId)!;
    expect(clerk.map((i) => [i.kind, i.subject])).toEqual([
      ["evaluation", "Halfjaarevaluatie wijkteams"],
      ["commitment", "Wethouder Zorg: Raadsinformatiebrief over wachttijden"],
    ]);
    const text = renderDigest(clerk, { appUrl, today: TODAY }).text;
    expect(text).toContain("Evaluatiemomenten\n- Evaluatiemoment van ‘Wijkzorg’");
    expect(text).toContain("Halfjaarevaluatie wijkteams — over 7 dagen (8 maart 2027)");
    expect(text).toContain("Toezeggingen die vervallen\n- Toezegging bij ‘Wijkzorg’");
    expect(text).toContain("Raadsinformatiebrief over wachttijden — vandaag (1 maart 2027)");
    expect(text).toContain(`${appUrl}/${griffier.gemeenteSlug}/account`);
  });

  it("leaves out the kinds a person switched off", async () => {
    const { griffier, halfway } = await council();
    await saveReminderSettings(griffier.userId, ["evaluation", "worksheet"]);
    await saveReminderSettings(halfway.userId, ["evaluation", "commitment"]);
    const digests = await collectDigests(db(), TODAY);
    expect(digests.get(griffier.userId)!.map((i) => i.kind)).toEqual(["evaluation"]);
    expect(digests.get(halfway.userId)).toBeUndefined();
    await saveReminderSettings(griffier.userId, ["evaluation", "worksheet", "commitment"]);
    expect((await collectDigests(db(), TODAY)).get(griffier.userId)!.map((i) => i.kind)).toEqual(["evaluation", "commitment"]);
  });

  it("sends one mail per person per day, however often the job runs", async () => {
    await db().outboxMail.deleteMany({});
    const { griffier, none } = await council();
    const first = await sendReminderDigests(db(), { appUrl, now: NOW });
    const again = await sendReminderDigests(db(), { appUrl, now: new Date(NOW.getTime() + 3600_000) });
    expect(first.people).toBeGreaterThanOrEqual(2);
    expect(again.people).toBe(0);
    const mails = await db().outboxMail.findMany({ where: { kind: "reminder-digest" } });
    const emails = await db().user.findMany({ where: { id: { in: [griffier.userId, none.userId] } }, select: { email: true } });
    for (const { email } of emails) expect(mails.filter((m) => m.recipient === email)).toHaveLength(1);
    // The next day there is a new digest.
    expect((await sendReminderDigests(db(), { appUrl, now: new Date(NOW.getTime() + 86_400_000) })).people).toBeGreaterThanOrEqual(1);
  });
});
