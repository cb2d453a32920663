import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RUNGS, type Rung } from "@/lib/preparation/rungs";
import { nextPublication, shownActor, type ActorStanding, type Publication } from "@/lib/worksheets/publication";

const NOW = new Date("2027-02-01T20:00:00Z");
const standing = (actorId: string, rungs: Rung[], unpublished = rungs.length, motivations: string[] = []): ActorStanding => ({ actorId, rungs, motivations, unpublished });

describe("publication of anonymous results", () => {
  it("publishes an actor only from k answers on, with motivations in alphabetical order", () => {
    const { publication, republished } = nextPublication(
      null,
      [standing("a", ["LOSLATEN", "LOSLATEN", "REGULEREN"], 3, ["zeker", "", "Anders"]), standing("b", ["STIMULEREN", "STIMULEREN"])],
      { k: 3, respondents: 3, now: NOW },
    );
    expect(republished).toEqual(["a"]);
    expect(publication.actors.a).toEqual({ counts: { REGULEREN: 1, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 2 }, motivations: ["Anders", "zeker"] });
    expect(publication.actors.b).toBeUndefined();
    expect(publication).toMatchObject({ respondents: 3, publishedAt: NOW.toISOString() });
  });

  it("keeps the previous figures until k answers changed", () => {
    const first = nextPublication(null, [standing("a", ["REGULEREN", "REGULEREN", "REGULEREN"])], { k: 3, respondents: 3, now: NOW }).publication;
    const later = new Date("2027-03-01T20:00:00Z");
    const two = nextPublication(first, [standing("a", ["LOSLATEN", "LOSLATEN", "REGULEREN"], 2)], { k: 3, respondents: 3, now: later });
    expect(two.republished).toEqual([]);
    expect(two.publication).toEqual(first);
    const three = nextPublication(first, [standing("a", ["LOSLATEN", "LOSLATEN", "LOSLATEN"], 3)], { k: 3, respondents: 3, now: later });
    expect(three.publication.actors.a.counts.LOSLATEN).toBe(3);
    expect(three.publication.publishedAt).toBe(later.toISOString());
  });

  it("any two successive publications of an actor differ by at least k changed answers, or not at all", () => {
    const rung = fc.constantFrom(...RUNGS);
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.array(fc.array(fc.tuple(fc.nat(9), rung), { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (k, rounds) => {
        // Ten people; each round some of them give or change their answer, then the worksheet closes.
        const answers = new Map<number, Rung>();
        const changed = new Set<number>();
        let publication: Publication | null = null;
        for (const round of rounds) {
          for (const [person, r] of round) {
            answers.set(person, r);
            changed.add(person);
          }
          const next = nextPublication(publication, [standing("a", [...answers.values()], changed.size)], { k, respondents: answers.size, now: NOW });
          if (next.republished.includes("a")) {
            expect(changed.size).toBeGreaterThanOrEqual(k);
            changed.clear();
          } else {
            expect(next.publication.actors.a).toEqual(publication?.actors.a);
          }
          publication = next.publication;
        }
      }),
    );
  });

  it("hides published figures of fewer answers than the gemeente's current k", () => {
    const { publication } = nextPublication(null, [standing("a", ["REGULEREN", "REGULEREN", "LOSLATEN"])], { k: 3, respondents: 3, now: NOW });
    expect(shownActor(publication, "a", 3)).not.toBeNull();
    expect(shownActor(publication, "a", 4)).toBeNull();
    expect(shownActor(null, "a", 3)).toBeNull();
  });
});
