import { describe, expect, it } from "vitest";
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, totalMinutes, updateAgendaItem } from "@/lib/agenda/agenda";
import { db } from "@/lib/db";
import { getCouncilSession } from "@/lib/council-sessions/get-session";
import { createGemeente, createMember, createSession } from "@/tests/support/factories";

const item = (title: string, durationMinutes: number) => ({ title, phase: "BEELDVORMING" as const, workMethod: "", goal: "", durationMinutes });

describe("session programme", () => {
  it("adds items in order, moves them with up/down, deletes, and totals the duration", async () => {
    const gemeente = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const { id } = await createSession(griffier);
    const a = await addAgendaItem(griffier, id, item("Welkom", 10));
    await addAgendaItem(griffier, id, item("Casussen", 45));
    const c = await addAgendaItem(griffier, id, item("Rolkeuze", 30));

    await moveAgendaItem(griffier, id, c.id, "up");
    await moveAgendaItem(griffier, id, a.id, "up"); // already first: nothing happens
    let titles = (await getCouncilSession(griffier, id)).agendaItems.map((i) => i.title);
    expect(titles).toEqual(["Welkom", "Rolkeuze", "Casussen"]);

    await deleteAgendaItem(griffier, id, a.id);
    const items = (await getCouncilSession(griffier, id)).agendaItems;
    titles = items.map((i) => i.title);
    expect(titles).toEqual(["Rolkeuze", "Casussen"]);
    expect(totalMinutes(items)).toBe(75);
  });

  it("cannot touch another gemeente's programme", async () => {
    const gemeente = await createGemeente();
    const other = await createGemeente();
    const griffier = await createMember(gemeente, "GRIFFIER");
    const foreign = await createMember(other, "GRIFFIER");
    const { id } = await createSession(griffier);
    const a = await addAgendaItem(griffier, id, item("Welkom", 10));
    await expect(addAgendaItem(foreign, id, item("Indringer", 5))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAgendaItem(foreign, id, a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveAgendaItem(foreign, id, a.id, "down")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("two people editing one item: the second save meets a conflict with the first one's version, and nothing of it is written", async () => {
    const gemeente = await createGemeente();
    const [first, second] = [await createMember(gemeente, "GRIFFIER"), await createMember(gemeente, "BEHEERDER")];
    const { id } = await createSession(first);
    const { id: itemId } = await addAgendaItem(first, id, item("Welkom", 10));
    // Both opened the item at version 1.
    const mine = await updateAgendaItem(first, id, { itemId, version: 1, ...item("Welkom en kennismaking", 15) });
    expect(mine).toEqual({ ok: true, version: 2 });

    const theirs = await updateAgendaItem(second, id, { itemId, version: 1, ...item("Opening", 5), goal: "Kort en krachtig" });
    expect(theirs).toEqual({ ok: false, conflict: { version: 2, ...item("Welkom en kennismaking", 15), risUrl: "" } });
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ title: "Welkom en kennismaking", durationMinutes: 15, version: 2 });

    // Saving again from the version they were shown is a deliberate overwrite.
    expect(await updateAgendaItem(second, id, { itemId, version: 2, ...item("Opening", 5) })).toEqual({ ok: true, version: 3 });
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ title: "Opening", version: 3 });
  });
});
