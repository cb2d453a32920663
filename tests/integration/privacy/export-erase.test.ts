import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportSession } from "@/lib/exchange/export-session";
import { removeMember } from "@/lib/members/manage-membership";
import { erasePerson } from "@/lib/privacy/erase-person";
import { savePreferredLocale } from "@/lib/i18n/preferred-locale";
import { exportPersonData } from "@/lib/privacy/export-person";
import { markCardRead } from "@/lib/tasks/tasks";
import { addCase } from "@/lib/values/values";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { worksheetResults } from "@/lib/worksheets/results";
import { actorOf, createGemeente, createMember } from "@/tests/support/factories";
import { answeredSession, council, userOf } from "./fixtures";

/** The summary part of the results, which must not change when people leave. */
const summaries = async (actor: Parameters<typeof worksheetResults>[0], sessionId: string) => {
  const r = await worksheetResults(actor, sessionId);
  return { respondents: r.respondents, actors: r.actors.map((a) => ({ name: a.name, summary: a.summary })) };
};

describe("AVG export of one person", () => {
  it("holds account, membership, sessions, cases and named answers, but never an anonymous answer", async () => {
    const { beheerder, griffier, raadsleden } = await council();
    const anon = await answeredSession(griffier, raadsleden, { label: "GEHEIM", anonymous: true, rungs: ["LOSLATEN", "REGULEREN", "FACILITEREN"] });
    const named = await answeredSession(griffier, raadsleden, { label: "OPENLIJK", anonymous: false, rungs: ["REGISSEREN", "REGULEREN", "FACILITEREN"] });
    await addCase(raadsleden[0], named.sessionId, { description: "Lang wachten op hulp", source: "Buurvrouw", valueIds: [], newValues: ["tijdigheid2"] });
    const person = await userOf(raadsleden[0]);
    // A card they marked read (a task before the session) and the language they chose are theirs too.
    const card = await db().libraryCard.create({ data: { gemeenteId: griffier.gemeenteId, title: "Leeskaart", summary: "", points: [], sourceTitle: "Rob", sourcePublisher: "Rob" }, select: { id: true } });
    await db().sessionCard.create({ data: { sessionId: named.sessionId, cardId: card.id, forReading: true } });
    await markCardRead(raadsleden[0], { sessionId: named.sessionId, cardId: card.id, read: true });
    await savePreferredLocale(raadsleden[0].userId, "en");

    const file = await exportPersonData(beheerder, raadsleden[0].membershipId);
    expect(file.account).toMatchObject({ name: person.name, email: person.email, language: "en" });
    expect(file.cardsMarkedRead).toEqual([{ session: "Sessie OPENLIJK", card: "Leeskaart", readAt: expect.any(String) }]);
    expect(file.membership.role).toBe("RAADSLID");
    expect(file.sessions.map((s) => s.title).sort()).toEqual(["Sessie GEHEIM", "Sessie OPENLIJK"]);
    expect(file.cases).toEqual([expect.objectContaining({ session: "Sessie OPENLIJK", description: "Lang wachten op hulp", values: ["tijdigheid2"] })]);
    expect(file.worksheetAnswers).toContainEqual(expect.objectContaining({ session: "Sessie OPENLIJK", rung: "REGISSEREN", motivation: "OPENLIJK motivatie 0" }));
    expect(file.worksheetAnswers.every((a) => a.session === "Sessie OPENLIJK")).toBe(true);

    const text = JSON.stringify(file);
    expect(text).not.toContain("GEHEIM motivatie");
    expect(text).not.toContain("Vraag GEHEIM");
    expect(text).not.toContain(anon.actors[0].id);
    expect(text).not.toContain("passwordHash");
    // Another person's named answers are not in it either.
    expect(text).not.toContain("OPENLIJK motivatie 1");

    const logged = await db().auditEvent.findFirst({ where: { action: "privacy.export", entityId: raadsleden[0].membershipId } });
    expect(logged?.actorId).toBe(beheerder.userId);
  });

  it("session exports and the CSV of an anonymous worksheet do not tie answers to people", async () => {
    const { griffier, raadsleden } = await council();
    const anon = await answeredSession(griffier, raadsleden, { label: "GEHEIM", anonymous: true, rungs: ["LOSLATEN", "REGULEREN", "FACILITEREN"] });
    const people = await Promise.all(raadsleden.map(userOf));

    const csv = await worksheetCsv(griffier, anon.sessionId);
    for (const p of people) {
      expect(csv).not.toContain(p.email);
      expect(csv).not.toContain(p.name!);
    }
    // Counts per rung in ladder order, then the motivations on their own (alphabetical, no rung):
    // nothing in the file follows who answered first (LOSLATEN was first here).
    const rows = csv.split("\r\n");
    const raad = rows.filter((l) => l.startsWith(`${anon.actors[0].name};`)).map((l) => l.split(";"));
    expect(raad.filter((r) => r[1] !== "").map((r) => [r[1], r[2]])).toEqual([["Reguleren", "1"], ["Regisseren", "0"], ["Stimuleren", "0"], ["Faciliteren", "1"], ["Loslaten", "1"]]);
    expect(raad.filter((r) => r[1] === "").map((r) => r[3])).toEqual(["GEHEIM motivatie 0", "GEHEIM motivatie 1", "GEHEIM motivatie 2"]);

    // The session file lists who took part (by e-mail), and carries no answers: only the published counts.
    const exported = await exportSession(griffier, anon.sessionId);
    const file = JSON.stringify(exported);
    expect(file).not.toContain("GEHEIM motivatie");
    expect(exported.worksheet?.results?.actors[0].council).toEqual({ desired: { REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 1, LOSLATEN: 1 }, now: null });
    for (const id of [...raadsleden.map((r) => r.membershipId), ...anon.actors.map((a) => a.id)]) expect(file).not.toContain(id);
  });

  it("is refused to other roles and for a member of another gemeente", async () => {
    const { beheerder, griffier, raadsleden } = await council();
    const elsewhere = await createMember(await createGemeente("Elders"), "RAADSLID");
    await expect(exportPersonData(griffier, raadsleden[0].membershipId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportPersonData(beheerder, elsewhere.membershipId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("AVG erasure of one person", () => {
  it("keeps results unchanged, detaches the answers (open worksheets too) and deletes the account", async () => {
    const { gemeente, beheerder, griffier, raadsleden } = await council();
    const anon = await answeredSession(griffier, raadsleden, { label: "GEHEIM", anonymous: true, rungs: ["LOSLATEN", "REGULEREN", "FACILITEREN"] });
    const named = await answeredSession(griffier, raadsleden, { label: "OPENLIJK", anonymous: false, rungs: ["REGISSEREN", "REGULEREN", "FACILITEREN"] });
    const open = await answeredSession(griffier, raadsleden, { label: "LOPEND", anonymous: true, close: false, rungs: ["LOSLATEN", "LOSLATEN"] });
    await addCase(raadsleden[0], named.sessionId, { description: "Casus van het lid", source: "", valueIds: [], newValues: [] });
    const person = await userOf(raadsleden[0]);
    // The person did something that was audited (their own invitation acceptance is the usual one).
    await db().auditEvent.create({ data: { gemeenteId: gemeente.id, actorId: person.id, action: "test.action", entityType: "X", entityId: "1", after: { email: person.email } } });
    await db().invitation.create({ data: { gemeenteId: gemeente.id, email: person.email, role: "RAADSLID", tokenHash: `h-${person.id}`, expiresAt: new Date() } });

    const before = { anon: await summaries(griffier, anon.sessionId), named: await summaries(griffier, named.sessionId) };
    const result = await erasePerson(beheerder, { membershipId: raadsleden[0].membershipId });
    expect(result).toEqual({ answersDetached: 6, userDeleted: true });

    expect(await summaries(griffier, anon.sessionId)).toEqual(before.anon);
    expect(await summaries(griffier, named.sessionId)).toEqual(before.named);
    const namedResults = await worksheetResults(griffier, named.sessionId);
    expect(namedResults.actors[0].named).toContainEqual({ name: null, rung: "REGISSEREN", motivation: "" });
    expect(JSON.stringify(namedResults)).not.toContain("OPENLIJK motivatie 0");
    expect((await worksheetResults(griffier, anon.sessionId)).actors[0].motivations).toContain("GEHEIM motivatie 0");
    // Deleting the answers on the open worksheet would change its count by exactly one person.
    expect((await worksheetResults(griffier, open.sessionId)).respondents).toBe(2);
    expect(await worksheetCsv(griffier, named.sessionId)).toContain("Gemeenteraad;Regisseren;;(verwijderd lid)");

    expect(await db().user.findUnique({ where: { id: person.id } })).toBeNull();
    expect(await db().case.findFirstOrThrow({ where: { description: "Casus van het lid" } })).toMatchObject({ authorId: null });
    expect(await db().invitation.count({ where: { email: person.email } })).toBe(0);
    const traces = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_event
      WHERE gemeente_id = ${gemeente.id} AND (actor_id = ${person.id} OR coalesce("before"::text, '') || coalesce("after"::text, '') LIKE ${`%${person.email}%`})`;
    expect(traces[0].n).toBe(0);
    const erased = await db().auditEvent.findFirstOrThrow({ where: { action: "privacy.erase" } });
    expect(erased).toMatchObject({ actorId: beheerder.userId, entityId: raadsleden[0].membershipId });
    expect(JSON.stringify(erased)).not.toContain(person.email);
  });

  it("keeps the account and its other gemeente when the person works elsewhere too", async () => {
    const { beheerder, raadsleden } = await council();
    const other = await createGemeente("Buurstad");
    const person = await userOf(raadsleden[0]);
    await db().membership.create({ data: { userId: person.id, gemeenteId: other.id, role: "GRIFFIER" } });

    expect(await erasePerson(beheerder, { membershipId: raadsleden[0].membershipId })).toMatchObject({ userDeleted: false });
    expect((await actorOf(person.id, other.slug)).role).toBe("GRIFFIER");
    await expect(actorOf(person.id, beheerder.gemeenteSlug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses yourself, other roles and other gemeenten", async () => {
    const { gemeente, beheerder, griffier, raadsleden } = await council();
    const elsewhere = await createMember(await createGemeente("Elders"), "RAADSLID");
    await expect(erasePerson(beheerder, { membershipId: beheerder.membershipId })).rejects.toMatchObject({ code: "ERASE_SELF" });
    const second = await createMember(gemeente, "BEHEERDER");
    await erasePerson(second, { membershipId: beheerder.membershipId });
    await expect(erasePerson(await createMember(gemeente, "GRIFFIER"), { membershipId: second.membershipId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(erasePerson(griffier, { membershipId: raadsleden[0].membershipId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(erasePerson(second, { membershipId: elsewhere.membershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().membership.count({ where: { id: elsewhere.membershipId } })).toBe(1);
  });
});

describe("removing a member (without erasure)", () => {
  it("no longer changes the results of a closed worksheet", async () => {
    const { beheerder, griffier, raadsleden } = await council();
    const anon = await answeredSession(griffier, raadsleden, { label: "GEHEIM", anonymous: true, rungs: ["LOSLATEN", "REGULEREN", "FACILITEREN"] });
    const before = await summaries(griffier, anon.sessionId);
    await removeMember(beheerder, { membershipId: raadsleden[2].membershipId });
    expect(await summaries(griffier, anon.sessionId)).toEqual(before);
    expect(before.respondents).toBe(3);
  });
});
