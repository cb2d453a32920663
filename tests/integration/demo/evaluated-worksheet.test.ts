import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoCopy, seedDemo } from "@/lib/demo/seed-demo";
import { worksheetResults } from "@/lib/worksheets/results";
import { actorOf } from "@/tests/support/factories";

describe("the demo's evaluated session", () => {
  it("has a closed, anonymous, released worksheet above k whose results tell the story of its review", async () => {
    const names = demoCopy(`it${Date.now().toString(36)}`, 8000 + Math.floor(Math.random() * 900));
    await seedDemo(db(), new Date("2027-01-15T12:00:00Z"), names);
    const griffierEmail = names.people.find((p) => p.role === "GRIFFIER")!.email;
    const griffier = await db().user.findUniqueOrThrow({ where: { email: griffierEmail }, select: { id: true } });
    const actor = await actorOf(griffier.id, names.gemeente.slug);
    const session = await db().councilSession.findFirstOrThrow({ where: { gemeente: { slug: names.gemeente.slug }, status: "GEEVALUEERD" }, select: { id: true, reviewStoodOut: true } });
    expect(session.reviewStoodOut).toMatch(/faciliteren/);

    const results = await worksheetResults(actor, session.id);
    expect(results).toMatchObject({ state: "GESLOTEN", anonymous: true, respondents: 5 });
    const council = results.actors.find((a) => a.name === "Gemeenteraad")!;
    expect(council.summary?.mostChosen).toEqual(["FACILITEREN"]);
    expect(council.summary?.count).toBeGreaterThanOrEqual(5);
  });
});
