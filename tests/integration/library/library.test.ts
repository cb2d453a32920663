import { describe, expect, it } from "vitest";
import { getSessionOverview } from "@/lib/council-sessions/get-session";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { readShippedCards, type ShippedCard } from "@/lib/library/cards-file";
import { attachCard, createOwnCard, deleteOwnCard, detachCard, getLibraryCard, listLibraryCards, updateOwnCard } from "@/lib/library/library";
import { syncShippedCards } from "@/lib/library/sync";
import { loadLearningTimeline } from "@/lib/learning/learning";
import { saveStep } from "@/lib/preparation/save-step";
import { setSharedParts } from "@/lib/council-sessions/change-status";
import { linkSessionValue, listValues } from "@/lib/values/values";
import { createGemeente, createMember, createValues } from "@/tests/support/factories";

/** The cards a session shows, as its overview page reads them. */
const sessionCards = async (actor: Parameters<typeof getSessionOverview>[0], sessionId: string, locale: string) =>
  (await getSessionOverview(actor, sessionId, "2027-01-01", locale)).cards;

const ownCard = {
  title: "Onze participatieverordening",
  summary: "Wat de raad in 2025 afsprak over inspraak.",
  points: ["Inwoners eerst", "Terugkoppeling binnen zes weken"],
  audiences: ["RAADSLID" as const],
  steps: [6],
  sourceTitle: "Participatieverordening",
  sourcePublisher: "Gemeente",
  sourceYear: 2025,
  sourceUrl: null,
};

async function setup() {
  await syncShippedCards(db(), readShippedCards());
  const gemeente = await createGemeente();
  await createValues(gemeente);
  const griffier = await createMember(gemeente, "GRIFFIER");
  const beheerder = await createMember(gemeente, "BEHEERDER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  const session = await createCouncilSession(griffier, {
    title: "Bibliotheek", theme: "participatie", date: "2027-02-01", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
  });
  return { gemeente, griffier, beheerder, raadslid, sessionId: session.id };
}

describe("reference library", () => {
  it("syncs the shipped cards by key and version: new ones added, a higher version updates, nothing duplicated", async () => {
    const client = db();
    const cards = readShippedCards();
    expect(cards.length).toBeGreaterThanOrEqual(7);
    await syncShippedCards(client, cards);
    expect(await syncShippedCards(client, cards)).toEqual({ added: 0, updated: 0 });
    const first: ShippedCard = { ...cards[0], version: cards[0].version + 1, nl: { ...cards[0].nl, title: "Nieuwe titel" } };
    expect(await syncShippedCards(client, [first])).toEqual({ added: 0, updated: 1 });
    expect((await db().libraryCard.findUniqueOrThrow({ where: { key: first.key } })).title).toBe("Nieuwe titel");
    expect(await db().libraryCard.count({ where: { key: { not: null } } })).toBe(cards.length);
  });

  it("filters by role and step; the griffier attaches a card to a session, which shows it", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    const forWethouder = await listLibraryCards(griffier, "nl", { audience: "WETHOUDER" });
    expect(forWethouder.length).toBeGreaterThan(0);
    expect(forWethouder.every((c) => c.audiences.includes("WETHOUDER"))).toBe(true);
    const atStep4 = await listLibraryCards(griffier, "nl", { step: 4 });
    expect(atStep4.every((c) => c.steps.includes(4))).toBe(true);
    expect(atStep4.length).toBeLessThan((await listLibraryCards(griffier, "nl")).length);

    const card = forWethouder[0];
    await attachCard(griffier, { cardId: card.id, sessionId, note: "Lezen vóór de sessie" });
    expect((await sessionCards(raadslid, sessionId, "nl")).map((c) => [c.title, c.note])).toEqual([[card.title, "Lezen vóór de sessie"]]);
    expect((await getLibraryCard(griffier, card.id, "nl")).attachedTo.map((s) => s.id)).toEqual([sessionId]);
    // English readers get the card's English text.
    expect((await sessionCards(raadslid, sessionId, "en"))[0].title).not.toBe(card.title);

    await expect(attachCard(raadslid, { cardId: card.id, sessionId, note: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await detachCard(griffier, { cardId: card.id, sessionId });
    expect(await sessionCards(griffier, sessionId, "nl")).toEqual([]);
  });

  it("a beheerder's own cards are seen in their gemeente only and cannot be attached elsewhere", async () => {
    const a = await setup();
    const b = await setup();
    const card = await createOwnCard(a.beheerder, ownCard);
    expect((await listLibraryCards(a.raadslid, "nl")).map((c) => c.title)).toContain(ownCard.title);
    expect((await listLibraryCards(b.griffier, "nl")).map((c) => c.title)).not.toContain(ownCard.title);
    await expect(getLibraryCard(b.griffier, card.id, "nl")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attachCard(b.griffier, { cardId: card.id, sessionId: b.sessionId, note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attachCard(a.griffier, { cardId: card.id, sessionId: b.sessionId, note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOwnCard(b.beheerder, card.id, ownCard)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createOwnCard(a.griffier, ownCard)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await updateOwnCard(a.beheerder, card.id, { ...ownCard, title: "Herziene verordening" });
    expect((await getLibraryCard(a.griffier, card.id, "nl")).title).toBe("Herziene verordening");
    // Shipped cards are not the beheerder's to change.
    const shipped = await db().libraryCard.findFirstOrThrow({ where: { key: { not: null } } });
    await expect(deleteOwnCard(a.beheerder, shipped.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteOwnCard(a.beheerder, card.id);
    expect(await db().auditEvent.count({ where: { entityId: card.id } })).toBe(3);
  });
});

describe("learning across sessions", () => {
  it("gathers learning logs and evaluation outcomes with their values, by theme; a raadslid reads only shared evaluations", async () => {
    const { griffier, raadslid, sessionId } = await setup();
    const other = await createCouncilSession(griffier, {
      title: "Eerder, niet gedeeld", theme: "Energie", date: "2026-01-10", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [],
    });
    await saveStep(griffier, {
      sessionId, number: 10, version: 1, status: "BEZIG", nvtReason: "",
      data: { learningLog: [{ id: "l1", date: "2027-02-02", worked: "Casussen vooraf", didNotWork: "", risksAccepted: "Minder grip", adjustments: "" }] },
    });
    await saveStep(griffier, {
      sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "",
      data: { evaluationMoments: [
        { id: "e1", date: "2027-06-01", subject: "Na vier maanden", participants: "", outcome: "Sneller antwoord", adjustments: "" },
        { id: "e2", date: "2027-09-01", subject: "Nog niet gebeurd", participants: "", outcome: "", adjustments: "" },
      ] },
    });
    await saveStep(griffier, {
      sessionId: other.id, number: 10, version: 1, status: "BEZIG", nvtReason: "",
      data: { learningLog: [{ id: "l2", date: "", worked: "Een coöperatie aan tafel", didNotWork: "", risksAccepted: "", adjustments: "" }] },
    });
    const tijdigheid = (await listValues(griffier)).find((v) => v.name === "tijdigheid")!;
    await linkSessionValue(griffier, sessionId, { valueId: tijdigheid.id, indicator: "Antwoord binnen 4 weken", evaluationMomentId: "e1" });

    const all = await loadLearningTimeline(griffier);
    expect(all.entries.map((e) => [e.kind, e.date, e.session.title])).toEqual([
      ["evaluation", "2027-06-01", "Bibliotheek"],
      ["learning", "2027-02-02", "Bibliotheek"],
      ["learning", "2026-01-10", "Eerder, niet gedeeld"],
    ]);
    expect(all.entries[0]).toMatchObject({ outcome: "Sneller antwoord", values: ["tijdigheid"] });
    expect(all.themes).toEqual(["Energie", "participatie"]);
    expect((await loadLearningTimeline(griffier, { theme: "energie" })).entries.map((e) => e.session.title)).toEqual(["Eerder, niet gedeeld"]);

    // Nothing shared yet: the raadslid reads nothing; sharing the evaluation opens this session's learning only.
    expect((await loadLearningTimeline(raadslid)).entries).toEqual([]);
    await setSharedParts(griffier, { sessionId, parts: ["EVALUATION"] });
    expect((await loadLearningTimeline(raadslid)).entries.map((e) => e.session.title)).toEqual(["Bibliotheek", "Bibliotheek"]);
  });
});

describe("session overview in one query", () => {
  it("brings the worksheet state, commitments with their status and attached cards, in the session's scope", async () => {
    const { addCommitment } = await import("@/lib/commitments/commitments");
    const { gemeente, griffier, raadslid, sessionId } = await setup();
    const outsider = await createMember(gemeente, "RAADSLID");
    const card = (await listLibraryCards(griffier, "nl"))[0];
    await attachCard(griffier, { cardId: card.id, sessionId, note: "Vooraf lezen" });
    await addCommitment(griffier, sessionId, { who: "College", what: "Brief aan de raad", toWhom: "", dueDate: "2027-01-15" });

    const overview = await getSessionOverview(raadslid, sessionId, "2027-02-01", "nl");
    expect(overview.worksheet).toBeNull();
    expect(overview.commitments.map((c) => [c.what, c.dueDate, c.status])).toEqual([["Brief aan de raad", "2027-01-15", "OVERDUE"]]);
    expect(overview.cards.map((c) => [c.title, c.note])).toEqual([[card.title, "Vooraf lezen"]]);
    // A raadslid who is not invited does not get the session, nor what hangs off it.
    await expect(getSessionOverview(outsider, sessionId, "2027-02-01", "nl")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
