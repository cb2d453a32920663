import { describe, expect, it } from "vitest";
import { reportOutline, type Block } from "@/lib/report/outline";
import { reportFixture, translator } from "./fixture";

const outline = (locale: "nl" | "en" = "nl") => reportOutline(reportFixture(), { t: translator(locale), locale, formatNumber: (n) => n.toFixed(2) });
const sectionTitled = (title: string) => outline().sections.find((blocks) => blocks.some((b) => b.kind === "h2" && b.text === title))!;
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");

describe("the verslag's programme as held (outline: web, PDF and .docx)", () => {
  it("gives each item held its clock time from the start; a skipped item has none and takes no time", () => {
    const [programme] = tables(sectionTitled("Het programma zoals gehouden"));
    // 19:30 in Amsterdam (18:30Z in March): 15 + 45 minutes, the pause skipped, then 20 minutes.
    expect(programme.rows.map((r) => [r[0], r[1]])).toEqual([
      ["19:30–19:45", "Opening en kennismaking"],
      ["19:45–20:30", "Stellingenspel"],
      ["overgeslagen", "Pauze"],
      ["20:30–20:50", "Afspraken"],
    ]);
    expect(programme.rows[1][2]).toBe("Oordeelsvorming");
    expect(sectionTitled("Het programma zoals gehouden")).toContainEqual({ kind: "p", text: "Het programma eindigt om 20:50." });
  });

  it("lists who was invited with their answer, and who took part (worksheet answers and guests by group)", () => {
    const blocks = sectionTitled("Het programma zoals gehouden");
    const attendance = tables(blocks)[1];
    expect(attendance.rows).toEqual([
      ["Facilitator Fenna", "gespreksleider", "komt"],
      ["De Vries", "raadslid", "nog geen antwoord"],
      ["Jansen", "raadslid", "komt niet"],
    ]);
    const texts = blocks.filter((b) => b.kind === "p").map((b) => (b as { text: string }).text);
    expect(texts).toContain("1 van de 3 uitgenodigden meldden zich aan.");
    expect(texts.some((x) => x.includes("7 raadsleden hebben geantwoord.") && x.includes("3 gasten deden mee (Inwoners: 3)."))).toBe(true);
  });

  it("says it in English too", () => {
    const en = outline("en").sections.flat();
    expect(en).toContainEqual({ kind: "h3", text: "Taking part on the night" });
    expect(JSON.stringify(en)).toContain("Forming a judgement");
  });
});
