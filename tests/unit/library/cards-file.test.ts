import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readShippedCards } from "@/lib/library/cards-file";

describe("shipped library cards (prisma/library/cards.json)", () => {
  const cards = readShippedCards();

  it("holds the cards the product promises, each with a source and Dutch and English text", () => {
    const titles = cards.map((c) => c.nl.title.toLowerCase()).join(" | ");
    for (const topic of ["zeven tips", "lokale driehoek", "anders formeren", "vliegwiel", "nsob", "democreatiespel", "participatieladder"]) {
      expect(titles).toContain(topic);
    }
    for (const card of cards) {
      expect(card.en.points).toHaveLength(card.nl.points.length);
      expect(card.source.publisher.length).toBeGreaterThan(1);
    }
  });

  it("covers every function a griffier can filter by", () => {
    const audiences = new Set(cards.flatMap((c) => c.audiences));
    expect([...audiences].sort()).toEqual(["BURGEMEESTER", "GEMEENTESECRETARIS", "GRIFFIER", "RAADSLID", "WETHOUDER"]);
  });

  it("refuses a file with a duplicate key or an unknown step", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaarten-"));
    const write = (content: unknown) => {
      const file = path.join(dir, "cards.json");
      fs.writeFileSync(file, JSON.stringify(content));
      return file;
    };
    expect(() => readShippedCards(write({ cards: [cards[0], cards[0]] }))).toThrow(/Duplicate card key/);
    expect(() => readShippedCards(write({ cards: [{ ...cards[0], steps: [11] }] }))).toThrow();
  });
});
