import { describe, expect, it } from "vitest";
import { addCommitment } from "@/lib/commitments/commitments";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { readShippedCards } from "@/lib/library/cards-file";
import { createOwnCard } from "@/lib/library/library";
import { syncShippedCards } from "@/lib/library/sync";
import { search } from "@/lib/search/search";
import { addCase } from "@/lib/values/values";
import type { Actor } from "@/lib/auth/permissions";
import { createGemeente, createMember } from "@/tests/support/factories";

async function gemeenteWithCase(name: string, caseText: string) {
  const gemeente = await createGemeente(name);
  const griffier = await createMember(gemeente, "GRIFFIER");
  const invited = await createMember(gemeente, "RAADSLID");
  const outsider = await createMember(gemeente, "RAADSLID");
  const session = await createCouncilSession(griffier, {
    title: `${name}: Wijkteams en de raad`, theme: "zorg", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [invited.membershipId],
  });
  await addCase(griffier, session.id, { description: caseText, source: "", valueIds: [], newValues: ["openheid"] });
  return { gemeente, griffier, invited, outsider, session };
}

const kinds = (hits: { kind: string; title: string }[]) => hits.map((h) => `${h.kind}:${h.title}`);

describe("search", () => {
  it("finds a case by a Dutch word form: 'evaluaties' finds 'evaluatie'", async () => {
    const { griffier } = await gemeenteWithCase("Aadorp", "Na de evaluatie van het jongerenwerk bleef de wachtlijst even lang.");
    const hits = await search(griffier, "evaluaties");
    expect(kinds(hits)).toContain("case:Na de evaluatie van het jongerenwerk bleef de wachtlijst even lang.");
    // The Dutch stemmer's forms work too ("wachtlijsten" → "wachtlijst"); a word that is not there finds nothing.
    expect(kinds(await search(griffier, "wachtlijsten"))).toHaveLength(1);
    expect(await search(griffier, "begroting")).toEqual([]);
  });

  it("never returns another gemeente's rows, also for words both have", async () => {
    const a = await gemeenteWithCase("Aadorp", "Evaluatie van de buurtbus");
    const b = await gemeenteWithCase("Beekdal", "Evaluatie van de buurtbus");
    await addCommitment(b.griffier, b.session.id, { who: "College", what: "Evaluatie buurtbus naar de raad", toWhom: "", dueDate: "2027-05-01" });
    await createOwnCard(
      await createMember(b.gemeente, "BEHEERDER"),
      { title: "Beekdals evaluatiekaart", summary: "Hoe Beekdal evalueert.", points: ["Evaluatie samen met inwoners"], audiences: ["GRIFFIER"], steps: [9], sourceTitle: "Eigen", sourcePublisher: "Beekdal", sourceYear: null, sourceUrl: null },
    );
    const hits = await search(a.griffier, "evaluaties buurtbus");
    expect(hits.length).toBeGreaterThan(0);
    const sessionIdsOfB = new Set([b.session.id]);
    for (const hit of hits) expect(hit.sessionId === null || !sessionIdsOfB.has(hit.sessionId)).toBe(true);
    expect(JSON.stringify(await search(a.griffier, "evaluatie"))).not.toContain("Beekdal");
    // Values: Beekdal's own list is not searched from Aadorp.
    const openheidB = await db().value.findFirstOrThrow({ where: { gemeenteId: b.gemeente.id, name: "openheid" } });
    expect((await search(a.griffier, "openheid")).map((h) => h.id)).not.toContain(openheidB.id);
    expect(kinds(await search(a.griffier, "openheid"))).toEqual(["value:openheid"]);
  });

  it("a raadslid finds only what is in the sessions they are invited to", async () => {
    const a = await gemeenteWithCase("Aadorp", "Evaluatie van de buurtbus");
    const find = (who: Actor) => search(who, "buurtbus").then((hits) => hits.filter((h) => h.kind === "case").length);
    expect(await find(a.invited)).toBe(1);
    expect(await find(a.outsider)).toBe(0);
    expect(await find(a.griffier)).toBe(1);
  });

  it("finds the shipped library cards and sessions by title, and ignores a query of one character", async () => {
    await syncShippedCards(db(), readShippedCards());
    const a = await gemeenteWithCase("Aadorp", "Iets");
    expect(kinds(await search(a.griffier, "participatieladder"))).toContain("card:De participatieladder: hoeveel invloed krijgen inwoners?");
    expect(kinds(await search(a.griffier, "wijkteams"))).toContain("session:Aadorp: Wijkteams en de raad");
    expect(await search(a.griffier, "w")).toEqual([]);
    // Input is data, never SQL.
    expect(await search(a.griffier, "'; DROP TABLE \"case\"; --")).toEqual([]);
    expect(await db().case.count()).toBeGreaterThan(0);
  });
});
