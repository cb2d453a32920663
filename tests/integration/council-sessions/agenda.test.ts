import { describe, expect, it } from "vitest";
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, totalMinutes } from "@/lib/agenda/agenda";
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
});
