import { describe, expect, it } from "vitest";
import { addCommitment, setCommitmentDone } from "@/lib/commitments/commitments";
import { commitmentRegister } from "@/lib/commitments/register";
import { registerCsv, registerOutline } from "@/lib/commitments/register-files";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import type { Actor } from "@/lib/auth/permissions";
import { createGemeente, createMember } from "@/tests/support/factories";
import { translator } from "@/tests/support/translator";

const TODAY = "2027-06-01";
const t = translator("nl");

async function setup() {
  const make = async (name: string) => {
    const gemeente = await createGemeente(name);
    const griffier = await createMember(gemeente, "GRIFFIER");
    const raadslid = await createMember(gemeente, "RAADSLID");
    const session = (title: string, date: string, invitees: Actor[] = []) =>
      createCouncilSession(griffier, { title, theme: "zorg", date, time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: invitees.map((m) => m.membershipId) });
    return { gemeente, griffier, raadslid, session };
  };
  return { a: await make("Toezegdorp"), b: await make("Elders") };
}

describe("the toezeggingenlijst", () => {
  it("lists per session and per gemeente when and where each was made, its status, afdoening and history", async () => {
    const { a, b } = await setup();
    const march = await a.session("Jeugdzorg", "2027-03-04", [a.raadslid]);
    const april = await a.session("Wonen", "2027-04-08");
    const brief = await addCommitment(a.griffier, march.id, { who: "Wethouder Jansen", what: "Brief over wachtlijsten", toWhom: "de raad", dueDate: "2027-05-01", madeOn: "2027-03-04", madeAt: "Raad in Beraad jeugdzorg" });
    await addCommitment(a.griffier, march.id, { who: "College", what: "=HYPERLINK(\"http://evil\")", toWhom: "", dueDate: "2027-09-01" });
    await addCommitment(a.griffier, april.id, { who: "Griffie", what: "Verslag sturen", toWhom: "", dueDate: "2027-04-30" });
    await addCommitment(b.griffier, (await b.session("Elders", "2027-03-01")).id, { who: "Elders", what: "Niet van ons", toWhom: "", dueDate: "2027-05-01" });
    await setCommitmentDone(a.griffier, { commitmentId: brief.id, done: true, note: "Brief verstuurd" }, new Date("2027-04-20T10:00:00Z"));
    await setCommitmentDone(a.griffier, { commitmentId: brief.id, done: false, note: "Raad wil meer" }, new Date("2027-04-25T10:00:00Z"));
    await setCommitmentDone(a.griffier, { commitmentId: brief.id, done: true, note: "Tweede brief verstuurd" }, new Date("2027-04-29T10:00:00Z"));

    const all = await commitmentRegister(a.griffier, TODAY);
    expect(all.map((c) => [c.session.title, c.what])).toEqual([
      ["Jeugdzorg", "Brief over wachtlijsten"],
      ["Jeugdzorg", "=HYPERLINK(\"http://evil\")"],
      ["Wonen", "Verslag sturen"],
    ]);
    const first = all[0];
    expect(first).toMatchObject({ madeOn: "2027-03-04", madeAt: "Raad in Beraad jeugdzorg", status: "DONE", settlement: "Tweede brief verstuurd" });
    expect(first.events.map((e) => [e.state, e.note])).toEqual([["OPEN", ""], ["AFGEDAAN", "Brief verstuurd"], ["OPEN", "Raad wil meer"], ["AFGEDAAN", "Tweede brief verstuurd"]]);
    expect(all[2].status).toBe("OVERDUE");

    // Per session; another gemeente's session is "niet gevonden".
    expect((await commitmentRegister(a.griffier, TODAY, april.id)).map((c) => c.what)).toEqual(["Verslag sturen"]);
    await expect(commitmentRegister(b.griffier, TODAY, april.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A raadslid: the sessions they are invited to.
    expect((await commitmentRegister(a.raadslid, TODAY)).map((c) => c.session.title)).toEqual(["Jeugdzorg", "Jeugdzorg"]);

    const csv = registerCsv(all, t);
    expect(csv.startsWith("\uFEFFSessie;Datum sessie;Wie zegt toe;Wat is toegezegd;Aan wie;Toegezegd op;Toegezegd in;Uiterlijk op;Status;Afdoening;Geschiedenis\r\n")).toBe(true);
    expect(csv).toContain("Jeugdzorg;2027-03-04;Wethouder Jansen;Brief over wachtlijsten;de raad;2027-03-04;Raad in Beraad jeugdzorg;2027-05-01;Afgedaan;Tweede brief verstuurd;");
    expect(csv).toMatch(/2027-04-20: afgedaan \(Brief verstuurd, [^)]+\) — 2027-04-25: open \(Raad wil meer, [^)]+\) — 2027-04-29: afgedaan/);
    // Formula injection: the cell is quoted and starts with a single quote, so a spreadsheet shows the text.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect(csv).not.toContain("Niet van ons");

    const outline = registerOutline(all, a.griffier.gemeenteName, { t, locale: "nl", formatNumber: String });
    const text = JSON.stringify(outline);
    expect(outline.title).toBe(`Toezeggingenlijst ${a.griffier.gemeenteName}`);
    expect(outline.sections.slice(1).map((s) => s[0])).toEqual([
      { kind: "h2", text: "Jeugdzorg (4 maart 2027)" },
      { kind: "h2", text: "Wonen (8 april 2027)" },
    ]);
    expect(text).toContain("4 maart 2027, Raad in Beraad jeugdzorg");
    expect(text).toContain("20 april 2027: afgedaan (Brief verstuurd");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
