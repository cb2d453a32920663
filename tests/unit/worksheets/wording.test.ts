import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import nl from "@/messages/nl.json";
import prep from "@/messages/preparation.nl.json";

type Tree = { [key: string]: string | Tree };
const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : texts(v)));

describe("the worksheet's wording (issue 14 language, issue 12 audiences)", () => {
  const t = translator("nl", "worksheet");

  it("asks per rolspeler '{actor}: welke rol past?' and saves with 'Opslaan'", () => {
    expect(t("rungLegend", { actor: "Gemeenteraad" })).toBe("Gemeenteraad: welke rol past?");
    expect(t("save")).toBe("Opslaan");
    expect(t("savedAt", { time: "20:15" })).toBe("Opgeslagen om 20:15");
  });

  it("uses one term for the parties: never 'actor(en)' or 'partij(en)' where raadsleden or guests read", () => {
    const read = [...texts(nl.worksheet as Tree), ...texts(nl.guests as Tree), nl.errors.WORKSHEET_INCOMPLETE, nl.tasks.worksheetProgress];
    for (const text of read) expect(text.replace(/\{\w+\}/g, "")).not.toMatch(/\bactor(en)?\b|\bpartij(en)?\b/i);
    for (const rung of Object.values(prep.rungs).filter((r) => typeof r === "object")) expect(rung.explanation).not.toMatch(/\bpartij(en)?\b/i);
  });

  it("addresses raadsleden as raadsleden and guests as those asked", () => {
    expect(nl.worksheet.intro).toMatch(/raadslid/);
    expect(nl.guests.worksheet.intro).not.toMatch(/raadslid/);
    expect(nl.worksheet.room.council.NONE).toMatch(/inwoners en partners/);
    expect(nl.worksheet.room.council.NONE).not.toMatch(/U kunt niet meebeslissen/);
    expect(nl.worksheet.room.guest.NONE).toMatch(/\bu\b/);
  });

  it("explains loslaten as the Rob does: not withdrawing, not less work", () => {
    expect(prep.rungs.LOSLATEN.explanation).toMatch(/geen terugtrekken/);
    expect(prep.rungs.LOSLATEN.explanation).toMatch(/niet minder werk/);
    expect(prep.rungs.source).toMatch(/Loslaten in vertrouwen/);
    expect(prep.rungs.source).toMatch(/overheidsparticipatietrap/);
  });
});
