import { describe, expect, it } from "vitest";
import { addAgendaItem } from "@/lib/agenda/agenda";
import { addCommitment } from "@/lib/commitments/commitments";
import { listCouncilSessions } from "@/lib/council-sessions/list-sessions";
import { db } from "@/lib/db";
import { loadLearningTimeline } from "@/lib/learning/learning";
import { saveSessionPlan } from "@/lib/planning/plan";
import { proposeDeadlines } from "@/lib/planning/lead-times";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { STEP_NUMBERS } from "@/lib/preparation/steps";
import { saveReview } from "@/lib/review/save-review";
import { SHIPPED_TEMPLATE_ID } from "@/lib/templates/shipped";
import { deleteTemplate, editTemplate, listOwnTemplates, listTemplates, saveAsTemplate, startAsCopy, startFromTemplate } from "@/lib/templates/templates";
import { saveAnswer, myWorksheet } from "@/lib/worksheets/answers";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const fields = (overrides: Partial<{ title: string; date: string; facilitatorIds: string[]; inviteeIds: string[] }> = {}) => ({
  title: overrides.title ?? "Nieuwe sessie",
  theme: "wonen",
  date: overrides.date ?? "2027-10-07",
  time: "19:30",
  endTime: "22:00",
  location: "Raadzaal",
  description: "",
  facilitatorIds: overrides.facilitatorIds ?? [],
  inviteeIds: overrides.inviteeIds ?? [],
});

async function council() {
  const gemeente = await createGemeente("Sjabloonstad");
  const griffier = await createMember(gemeente, "GRIFFIER");
  const facilitator = await createMember(gemeente, "FACILITATOR");
  const raadslid = await createMember(gemeente, "RAADSLID");
  return { gemeente, griffier, facilitator, raadslid };
}

/** A session that was held: content in its steps, a programme, an answered worksheet, a guest, an RSVP, a toezegging, a review and a learning log. */
async function heldSession({ griffier, facilitator, raadslid }: Awaited<ReturnType<typeof council>>) {
  const { id } = await createSession(griffier, { title: "Wonen 2026", date: "2026-10-01", facilitatorIds: [facilitator.membershipId], inviteeIds: [raadslid.membershipId] });
  await saveStep(griffier, { sessionId: id, number: 3, version: 1, status: "KLAAR", nvtReason: "", data: { ...emptyStepData(3), problemStatement: "Te weinig betaalbare woningen" } });
  await saveStep(griffier, { sessionId: id, number: 4, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(4), question: "Welke rol bij wonen?" } });
  await saveStep(griffier, { sessionId: id, number: 7, version: 1, status: "NVT", nvtReason: "Geen gasten nodig", data: {} });
  await saveStep(griffier, {
    sessionId: id, number: 9, version: 1, status: "KLAAR", nvtReason: "",
    data: { evaluationMoments: [{ id: "m1", date: "2027-03-01", subject: "Woningbouw", participants: "Raad", coversRoles: true, outcome: "Op koers", adjustments: "" }] },
  });
  await saveStep(griffier, { sessionId: id, number: 10, version: 1, status: "BEZIG", nvtReason: "", data: { learningLog: [{ id: "l1", date: "2026-10-15", worked: "Tafelgesprekken", didNotWork: "", risksAccepted: "", adjustments: "" }] } });
  await addAgendaItem(griffier, id, { title: "Opening", phase: "BEELDVORMING", workMethod: "Plenair", goal: "", durationMinutes: 15 });
  await saveSessionPlan(griffier, id, STEP_NUMBERS.map((number) => ({ number, deadline: "2026-09-01", ownerId: number === 4 ? facilitator.membershipId : number === 1 ? griffier.membershipId : null })));
  await controlWorksheet(griffier, { sessionId: id, command: "open" });
  const worksheet = await myWorksheet(raadslid, id);
  await saveAnswer(raadslid, id, { actorId: worksheet.actors[0].id, rung: "REGISSEREN", motivation: "", promise: "anonymous" });
  await db().guest.create({ data: { sessionId: id, group: "Inwoners" } });
  await db().sessionRsvp.create({ data: { sessionId: id, membershipId: raadslid.membershipId, answer: "KOMT" } });
  await addCommitment(griffier, id, { who: "College", what: "Brief over woningbouw", toWhom: "Raad", dueDate: "2026-12-01", madeOn: "2026-10-01", madeAt: "Raad in Beraad" });
  await db().councilSession.update({ where: { id }, data: { status: "AFGEROND", sharedParts: ["PROGRAMME", "REPORT", "EVALUATION"] } });
  await saveReview(facilitator, { sessionId: id, version: 1, stoodOut: "Open gesprek", agreements: "", nextSteps: "" });
  return id;
}

const stepsOf = (sessionId: string) => db().preparationStep.findMany({ where: { sessionId }, orderBy: { number: "asc" } });

describe("a new session from the shipped template", () => {
  it("gets the programme, a prompt per step, the guest groups, owners by role and deadlines planned from its date", async () => {
    const { griffier, facilitator } = await council();
    const result = await startFromTemplate(griffier, SHIPPED_TEMPLATE_ID, fields({ facilitatorIds: [facilitator.membershipId] }));
    expect(result.ok && result.notices).toEqual([]);
    if (!result.ok) return;
    const session = await db().councilSession.findUniqueOrThrow({ where: { id: result.sessionId }, include: { agendaItems: { orderBy: { position: "asc" } } } });
    expect(session).toMatchObject({ title: "Nieuwe sessie", status: "CONCEPT", templateName: "Raad in Beraad", copiedFromId: null });
    expect(session.agendaItems.map((a) => a.phase)).toEqual(["BEELDVORMING", "BEELDVORMING", "OORDEELSVORMING", "OORDEELSVORMING", "BESLUITVORMING"]);
    expect(session.guestGroups).toContain("Ondernemers");
    const steps = await stepsOf(session.id);
    expect(steps.every((s) => s.prompt.length > 20 && s.status === "OPEN")).toBe(true);
    expect(steps.map((s) => s.deadline?.toISOString().slice(0, 10))).toEqual(Object.values(proposeDeadlines("2027-10-07")));
    expect(steps[0].ownerId).toBe(griffier.membershipId);
    expect(steps[3].ownerId).toBe(facilitator.membershipId);
  });
});

describe("the gemeente's own templates", () => {
  it("keeps the chosen parts without people, is listed and used only in its own gemeente", async () => {
    const people = await council();
    const { griffier, facilitator } = people;
    const source = await heldSession(people);
    const template = await saveAsTemplate(griffier, source, { name: "Wonen-avond", description: "Zoals in 2026", parts: ["PROGRAMME", "PLANNING"] });
    const stored = await db().sessionTemplate.findUniqueOrThrow({ where: { id: template.id } });
    const text = JSON.stringify(stored.content);
    // No people in a template: owners are kept by role, and nothing of what happened is in it.
    expect(text).not.toMatch(/@test\.nl/);
    expect(text).not.toMatch(/Te weinig betaalbare woningen|Brief over woningbouw|Open gesprek|Tafelgesprekken/);
    expect((await listTemplates(griffier)).map((t) => t.name)).toEqual(["Raad in Beraad", "Wonen-avond"]);

    const used = await startFromTemplate(griffier, template.id, fields({ facilitatorIds: [facilitator.membershipId] }));
    if (!used.ok) throw new Error("not made");
    const steps = await stepsOf(used.sessionId);
    expect(steps.map((s) => [s.number, s.ownerId]).filter(([, o]) => o)).toEqual([[1, griffier.membershipId], [4, facilitator.membershipId]]);
    expect(steps.every((s) => s.status === "OPEN")).toBe(true); // the steps' content was not chosen
    expect(await db().agendaItem.count({ where: { sessionId: used.sessionId } })).toBe(1);

    const other = await createMember(await createGemeente("Elders"), "GRIFFIER");
    expect((await listTemplates(other)).map((t) => t.name)).toEqual(["Raad in Beraad"]);
    await expect(startFromTemplate(other, template.id, fields())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveAsTemplate(other, source, { name: "Gestolen", description: "", parts: ["STEPS"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveAsTemplate(facilitator, source, { name: "Eigen", description: "", parts: ["STEPS"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("can be renamed and deleted by the gemeente's preparers only; sessions made from it stay as they were", async () => {
    const people = await council();
    const { griffier, facilitator } = people;
    const source = await heldSession(people);
    const template = await saveAsTemplate(griffier, source, { name: "Wonen-avond", description: "", parts: ["PROGRAMME"] });
    const made = await startFromTemplate(griffier, template.id, fields());
    if (!made.ok) throw new Error("not made");

    const other = await createMember(await createGemeente("Elders"), "GRIFFIER");
    await expect(editTemplate(other, template.id, { name: "Overgenomen", description: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteTemplate(other, template.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editTemplate(facilitator, template.id, { name: "Eigen", description: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteTemplate(facilitator, template.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await editTemplate(griffier, template.id, { name: "Wonen-avond 2027", description: "Met de corporaties" });
    expect(await listOwnTemplates(griffier)).toEqual([expect.objectContaining({ name: "Wonen-avond 2027", description: "Met de corporaties", parts: ["PROGRAMME"] })]);
    expect(await deleteTemplate(griffier, template.id)).toMatchObject({ name: "Wonen-avond 2027" });
    expect(await listOwnTemplates(griffier)).toEqual([]);
    expect(await db().auditEvent.count({ where: { entityId: template.id, action: { in: ["session-template.update", "session-template.delete"] } } })).toBe(2);
    // The session made from it keeps its programme and the name it was made with.
    expect(await db().councilSession.findUniqueOrThrow({ where: { id: made.sessionId }, select: { templateName: true, _count: { select: { agendaItems: true } } } })).toEqual({ templateName: "Wonen-avond", _count: { agendaItems: 1 } });
  });
});

describe("a copy of an earlier session", () => {
  it("copies the chosen parts, is marked as a copy, and never carries answers, guests, RSVPs, toezeggingen, the review or what was learned", async () => {
    const people = await council();
    const { griffier, raadslid } = people;
    const source = await heldSession(people);
    const result = await startAsCopy(griffier, source, ["STEPS", "PROGRAMME", "PLANNING"], fields({ title: "Wonen 2027", inviteeIds: [raadslid.membershipId] }));
    if (!result.ok) throw new Error("not copied");
    const copy = await db().councilSession.findUniqueOrThrow({
      where: { id: result.sessionId },
      include: { agendaItems: true, worksheet: true, guests: true, rsvps: true, commitments: true, participants: true, cases: true },
    });
    expect(copy).toMatchObject({ copiedFromId: source, status: "CONCEPT", reviewStoodOut: "", sharedParts: ["PROGRAMME", "EVALUATION"] });
    expect(copy.agendaItems.map((a) => a.title)).toEqual(["Opening"]);
    expect([copy.worksheet, copy.guests.length, copy.rsvps.length, copy.commitments.length]).toEqual([null, 0, 0, 0]);
    expect(copy.participants).toEqual([expect.objectContaining({ membershipId: raadslid.membershipId, kind: "RAADSLID" })]);
    expect(await db().roleAnswer.count({ where: { worksheet: { sessionId: copy.id } } })).toBe(0);
    // The session list marks the copy with its source's title, for those who see every session only.
    const listedSource = async (actor: typeof griffier) => (await listCouncilSessions(actor)).find((s) => s.id === copy.id)!.copiedFrom;
    expect(await listedSource(griffier)).toBe("Wonen 2026");
    expect(await listedSource(raadslid)).toBe(null);

    const steps = await stepsOf(copy.id);
    expect(steps[2]).toMatchObject({ status: "BEZIG", data: expect.objectContaining({ problemStatement: "Te weinig betaalbare woningen" }) });
    expect(steps[6]).toMatchObject({ status: "NVT", nvtReason: "Geen gasten nodig" });
    expect((steps[8].data as { evaluationMoments: { subject: string; outcome: string }[] }).evaluationMoments).toEqual([expect.objectContaining({ subject: "Woningbouw", outcome: "" })]);
    expect((steps[9].data as { learningLog: unknown[] }).learningLog).toEqual([]);
    expect(steps[0].deadline?.toISOString().slice(0, 10)).toBe(proposeDeadlines("2027-10-07")[1]); // planned again, not the old date
    expect(steps[3].ownerId).toBe(null); // the facilitator was not chosen for the copy: left empty

    // Parts not chosen stay empty.
    const bare = await startAsCopy(griffier, source, ["WORKSHEET"], fields());
    if (!bare.ok) throw new Error("not copied");
    expect((await stepsOf(bare.sessionId)).every((s) => s.status === "OPEN" && s.ownerId === null)).toBe(true);
    expect(await db().roleWorksheet.findUnique({ where: { sessionId: bare.sessionId } })).toMatchObject({ state: "CONCEPT", question: expect.any(String) });

    const other = await createMember(await createGemeente("Elders"), "GRIFFIER");
    await expect(startAsCopy(other, source, ["STEPS"], fields())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows once on the learning page: a copy is no second experience until it has been held itself", async () => {
    const people = await council();
    const { griffier } = people;
    const source = await heldSession(people);
    const before = await loadLearningTimeline(griffier);
    const copied = await startAsCopy(griffier, source, ["STEPS", "PROGRAMME"], fields());
    if (!copied.ok) throw new Error("not copied");
    // Even with a learning entry of its own, a copy that has not been held is not listed.
    await saveStep(griffier, { sessionId: copied.sessionId, number: 10, version: 1, status: "BEZIG", nvtReason: "", data: { learningLog: [{ id: "k1", date: "", worked: "Voorbereiding met de groep", didNotWork: "", risksAccepted: "", adjustments: "" }] } });
    const after = await loadLearningTimeline(griffier);
    expect(after.entries.map((e) => e.key)).toEqual(before.entries.map((e) => e.key));
    expect(after.entries.filter((e) => e.kind === "learning").map((e) => e.session.id)).toEqual([source]);

    // Held, it is an experience of its own: its own entry shows, the source's still once.
    await db().councilSession.update({ where: { id: copied.sessionId }, data: { status: "AFGEROND" } });
    const held = await loadLearningTimeline(griffier);
    expect(held.entries.filter((e) => e.kind === "learning").map((e) => [e.session.id, e.kind === "learning" && e.worked])).toEqual(
      expect.arrayContaining([[source, "Tafelgesprekken"], [copied.sessionId, "Voorbereiding met de groep"]]),
    );
    expect(held.entries.filter((e) => e.kind === "learning")).toHaveLength(2);
    expect(held.entries.filter((e) => e.kind === "evaluation")).toHaveLength(1); // the copied moment has no outcome
  });
});
