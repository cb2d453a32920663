import { describe, expect, it } from "vitest";
import { reportOutline, type Block } from "@/lib/report/outline";
import type { ReportModel } from "@/lib/report/report-model";
import type { WorksheetShift } from "@/lib/worksheets/shift";
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

const language = { t: translator("nl"), locale: "nl", formatNumber: (n: number) => n.toFixed(2) };
const sectionOf = (model: ReportModel, title: string) => reportOutline(model, language).sections.find((blocks) => blocks[0]?.kind === "h2" && blocks[0].text === title);
const texts = (blocks: Block[] | undefined) => (blocks ?? []).flatMap((b) => (b.kind === "p" ? [b.text] : []));

describe("the verslag's role choice (outline: web, PDF and .docx)", () => {
  it("says per actor the most chosen rung, and where the worksheet asked it, where the role is now and the gap, as the results page does", () => {
    const model = reportFixture();
    expect(texts(sectionOf(model, "De rolkeuze"))).toContain("Meest gekozen: Regisseren");
    expect(texts(sectionOf(model, "De rolkeuze")).some((x) => x.startsWith("Waar staan we nu?"))).toBe(false);

    const council = model.results!.actors[0]!;
    council.now = { distribution: { REGULEREN: 5, REGISSEREN: 2, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 }, count: 7, consensus: 0.8, reading: "GROOT", mostChosen: ["REGULEREN"] };
    council.gap = { meanNow: 0.29, meanDesired: 1.14, shift: 0.86, direction: "LOSSER" };
    const said = texts(sectionOf(model, "De rolkeuze"));
    const [desired, now, gap] = [said.indexOf("Meest gekozen: Regisseren"), said.indexOf("Waar staan we nu? Meest gekozen: Reguleren"), said.findIndex((x) => x.startsWith("Verschil nu → gewenst"))];
    expect(desired).toBeGreaterThan(-1);
    expect(now).toBeGreaterThan(desired);
    expect(gap).toBeGreaterThan(now);
    expect(said[gap]).toContain("0.86");
  });
});

describe("the verslag's rounds (herhalingen)", () => {
  const shift: WorksheetShift = {
    minimumGroupSize: 5,
    rounds: [
      { worksheetId: "w0", evaluationMomentId: null, date: "2027-03-04", subject: "", state: "GESLOTEN", respondents: 7 },
      { worksheetId: "w1", evaluationMomentId: "ev1", date: "2027-09-01", subject: "Wachttijden", state: "GESLOTEN", respondents: 6 },
    ],
    actors: [
      {
        key: "gemeenteraad",
        name: "Gemeenteraad",
        cells: [
          { status: "shown", count: 7, distribution: { REGULEREN: 1, REGISSEREN: 4, STIMULEREN: 2, FACILITEREN: 0, LOSLATEN: 0 }, mostChosen: ["REGISSEREN"], consensus: 0.72, now: null },
          { status: "shown", count: 6, distribution: { REGULEREN: 0, REGISSEREN: 1, STIMULEREN: 1, FACILITEREN: 4, LOSLATEN: 0 }, mostChosen: ["FACILITEREN"], consensus: 0.7, now: null },
        ],
      },
      { key: "inwoners", name: "Inwoners", cells: [{ status: "tooFew" }, { status: "tooFew" }] },
    ],
  };

  it("has no rounds section without a herhaling", () => {
    expect(sectionOf(reportFixture(), "Herhalingen en verschuiving")).toBeUndefined();
  });

  it("gives per actor a row per round: its date, its answers and most chosen rung, or 'te weinig antwoorden' below k", () => {
    const model = { ...reportFixture(), shift };
    const blocks = sectionOf(model, "Herhalingen en verschuiving")!;
    expect(texts(blocks)[0]).toContain("vanaf 5 antwoorden");
    const [council, inwoners] = tables(blocks);
    // No round asked "now": no column for it.
    expect(council!.header).toEqual(["Ronde", "Antwoorden", "Meest gekozen"]);
    expect(council!.rows).toEqual([
      ["Sessie, 4 maart 2027", "7", "Regisseren"],
      ["Herhaling 1, 1 september 2027 (Wachttijden)", "6", "Faciliteren"],
    ]);
    expect(inwoners!.rows.map((r) => r.slice(1))).toEqual([["te weinig antwoorden", "–"], ["te weinig antwoorden", "–"]]);
    expect(blocks.filter((b) => b.kind === "h3").map((b) => (b as { text: string }).text)).toEqual(["Gemeenteraad", "Inwoners"]);
  });
});
