import { describe, expect, it } from "vitest";
import { addCommitment, listOpenCommitments, listSessionCommitments, setCommitmentDone } from "@/lib/commitments/commitments";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

async function setup() {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const session = await createSession(griffier, { date: "2027-02-01", inviteeIds: [raadslid.membershipId] });
  return { griffier, raadslid, sessionId: session.id };
}

describe("commitments", () => {
  it("shows open, overdue (past due, not done) and done", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    await addCommitment(griffier, sessionId, { who: "Wethouder Jansen", what: "Brief over wachtlijsten", toWhom: "de raad", dueDate: "2027-01-10" });
    const later = await addCommitment(griffier, sessionId, { who: "College", what: "Evaluatie jeugdzorg", toWhom: "", dueDate: "2027-06-01" });
    const today = "2027-02-01";

    expect((await listSessionCommitments(raadslid, sessionId, today)).map((c) => [c.what, c.status])).toEqual([
      ["Brief over wachtlijsten", "OVERDUE"],
      ["Evaluatie jeugdzorg", "OPEN"],
    ]);
    await setCommitmentDone(griffier, { commitmentId: later.id, done: true, note: "Brief van 1 mei" });
    expect((await listOpenCommitments(griffier, today)).map((c) => c.what)).toEqual(["Brief over wachtlijsten"]);
    await expect(setCommitmentDone(raadslid, { commitmentId: later.id, done: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("commitment history", () => {
  it("keeps when and where it was made, each settlement and reopening, and how it was settled", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    const c = await addCommitment(griffier, sessionId, { who: "Wethouder Jansen", what: "Brief over wachtlijsten", toWhom: "de raad", dueDate: "2027-03-01", madeOn: "2027-02-01", madeAt: "commissie Samenleving" });
    await expect(setCommitmentDone(griffier, { commitmentId: c.id, done: true, note: "" })).rejects.toMatchObject({ code: "INVALID" });
    await setCommitmentDone(griffier, { commitmentId: c.id, done: true, note: "Raadsinformatiebrief van 20 februari" }, new Date("2027-02-20T10:00:00Z"));
    await setCommitmentDone(griffier, { commitmentId: c.id, done: false, note: "Brief beantwoordde de vraag niet" }, new Date("2027-02-22T10:00:00Z"));
    await setCommitmentDone(griffier, { commitmentId: c.id, done: true, note: "Tweede brief van 28 februari" }, new Date("2027-02-28T10:00:00Z"));

    const [item] = await listSessionCommitments(raadslid, sessionId, "2027-03-05");
    expect(item).toMatchObject({ status: "DONE", madeOn: "2027-02-01", madeAt: "commissie Samenleving", settlement: "Tweede brief van 28 februari" });
    expect(item.events.map((e) => [e.state, e.note])).toEqual([
      ["OPEN", ""],
      ["AFGEDAAN", "Raadsinformatiebrief van 20 februari"],
      ["OPEN", "Brief beantwoordde de vraag niet"],
      ["AFGEDAAN", "Tweede brief van 28 februari"],
    ]);
    expect(item.events[1].actorName).toBe("Test griffier");
  });
});
