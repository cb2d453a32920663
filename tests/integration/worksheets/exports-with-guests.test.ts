import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportSession } from "@/lib/exchange/export-session";
import { reportOutline } from "@/lib/report/outline";
import { reportModel } from "@/lib/report/report-model";
import { saveAnswer } from "@/lib/worksheets/answers";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { guestAnswer, join, liveSessionWithGuests } from "@/tests/integration/guests/fixtures";
import { translator } from "@/tests/support/translator";

/**
 * Three raadsleden and three inwoners answer "where is it now" and "where should it be"
 * for the first actor; two college members answer too (below k = 3). Closing publishes.
 */
async function closedSessionWithGuests() {
  const s = await liveSessionWithGuests({ k: 3, count: 3 });
  const first = s.actors[0].id;
  for (const r of s.raadsleden) await saveAnswer(r, s.sessionId, { actorId: first, rung: "REGISSEREN", nowRung: "REGULEREN", motivation: "", promise: "anonymous" });
  const inwoners = [await join(s.code, "Inwoners", "Anna"), await join(s.code, "Inwoners", "Bram"), await join(s.code, "Inwoners", "Cem")];
  for (const g of inwoners) await guestAnswer(g, first, "LOSLATEN", "Laat het aan de buurt", "FACILITEREN");
  const college = [await join(s.code, "College", "Wethouder"), await join(s.code, "College")];
  for (const g of college) await guestAnswer(g, first, "REGULEREN", "Alleen wij weten dit", "REGULEREN");
  await controlWorksheet(s.griffier, { sessionId: s.sessionId, command: "close" });
  const guestIds = (await db().guest.findMany({ where: { sessionId: s.sessionId }, select: { id: true } })).map((g) => g.id);
  return { ...s, guestIds };
}

const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").map((l) => l.split(";"));

describe("exports carry the guests' figures and the 'now' answers, never a guest", () => {
  it("the worksheet CSV: council and each guest group with desired and now counts, too small groups say so, in the reader's language", async () => {
    const { griffier, sessionId, actors, guestIds } = await closedSessionWithGuests();
    const csv = await worksheetCsv(griffier, sessionId);
    const rows = rowsOf(csv);
    expect(rows[0]).toEqual(["actor", "trede", "aantal", "toelichting", "groep", "aantal nu"]);
    const of = (group: string) => rows.filter((r) => r[0] === actors[0].name && r[4] === group);
    expect(of("gemeenteraad").filter((r) => r[1] !== "").map((r) => [r[1], r[2], r[5]])).toEqual([
      ["Reguleren", "0", "3"], ["Regisseren", "3", "0"], ["Stimuleren", "0", "0"], ["Faciliteren", "0", "0"], ["Loslaten", "0", "0"],
    ]);
    expect(of("Inwoners").filter((r) => r[1] !== "").map((r) => [r[1], r[2], r[5]])).toEqual([
      ["Reguleren", "0", "0"], ["Regisseren", "0", "0"], ["Stimuleren", "0", "0"], ["Faciliteren", "0", "3"], ["Loslaten", "3", "0"],
    ]);
    expect(of("College")).toEqual([[actors[0].name, "", "", "Te weinig antwoorden om anoniem te tonen (minimaal 3)", "College", ""]]);
    expect(csv).not.toContain("Alleen wij weten dit");
    for (const text of [...guestIds, "Anna", "Wethouder"]) expect(csv).not.toContain(text);

    const english = await worksheetCsv(griffier, sessionId, "en");
    expect(rowsOf(english)[0]).toEqual(["actor", "rung", "count", "motivation", "group", "count now"]);
    expect(english).toContain("Too few answers to show anonymously (at least 3)");
    expect(english).not.toContain("Te weinig");
  });

  it("a named worksheet's CSV gives each raadslid's now beside their choice, and the guests aggregated", async () => {
    const s = await liveSessionWithGuests({ k: 3, count: 3, anonymous: false });
    const first = s.actors[0].id;
    for (const r of s.raadsleden) await saveAnswer(r, s.sessionId, { actorId: first, rung: "STIMULEREN", nowRung: "REGULEREN", motivation: "", promise: "named" });
    for (const name of ["Anna", "Bram", "Cem"]) await guestAnswer(await join(s.code, "Inwoners", name), first, "LOSLATEN", "", "REGISSEREN");
    await controlWorksheet(s.griffier, { sessionId: s.sessionId, command: "close" });
    const rows = rowsOf(await worksheetCsv(s.griffier, s.sessionId));
    expect(rows[0]).toEqual(["actor", "trede", "toelichting", "raadslid", "nu", "groep", "aantal"]);
    expect(rows.filter((r) => r[5] === "gemeenteraad" && r[0] === s.actors[0].name).map((r) => [r[1], r[4], r[6]])).toEqual(Array(3).fill(["Stimuleren", "Reguleren", "1"]));
    expect(rows.filter((r) => r[5] === "Inwoners" && r[0] === s.actors[0].name).map((r) => [r[1], r[3], r[4], r[6]])).toEqual([["Loslaten", "", "", "3"], ["", "", "Regisseren", "3"]]);
  });

  it("the session file: counts per group with now, null below k, no motivation, no id", async () => {
    const { griffier, sessionId, guestIds } = await closedSessionWithGuests();
    const file = await exportSession(griffier, sessionId);
    const results = file.worksheet?.results;
    expect(results?.actors[0].council).toEqual({
      desired: { REGULEREN: 0, REGISSEREN: 3, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 },
      now: { REGULEREN: 3, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 0 },
    });
    expect(results?.actors[0].guestGroups).toEqual([
      { group: "College", desired: null, now: null },
      { group: "Inwoners", desired: { REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 0, LOSLATEN: 3 }, now: { REGULEREN: 0, REGISSEREN: 0, STIMULEREN: 0, FACILITEREN: 3, LOSLATEN: 0 } },
    ]);
    const text = JSON.stringify(file);
    for (const t of [...guestIds, "Anna", "Wethouder", "Alleen wij weten dit", "Laat het aan de buurt"]) expect(text).not.toContain(t);
  });

  it("the verslag (PDF and letter): each guest group beside the council with desired and now, too small groups say so", async () => {
    const { griffier, sessionId, actors, guestIds } = await closedSessionWithGuests();
    const outline = reportOutline(await reportModel(griffier, sessionId), { t: translator("nl"), locale: "nl", formatNumber: (n) => n.toFixed(2) });
    const blocks = outline.sections.flat();
    const at = blocks.findIndex((b) => b.kind === "h3" && b.text === actors[0].name);
    const councilTable = blocks.slice(at).find((b) => b.kind === "table");
    expect(councilTable).toMatchObject({ header: ["Trede", "Gewenst", "Nu"], rows: expect.arrayContaining([["Reguleren", "0", "3"], ["Regisseren", "3", "0"]]) });
    const guests = blocks.slice(at).find((b) => b.kind === "table" && b.header[0] === "Groep");
    expect(guests).toMatchObject({
      rows: [
        ["College", "Te weinig antwoorden om anoniem te tonen (minimaal 3).", "–", "–"],
        ["Inwoners (3 antwoorden)", "Loslaten", "Faciliteren", expect.stringMatching(/^Nauwelijks/)],
      ],
    });
    for (const t of [...guestIds, "Anna", "Wethouder"]) expect(JSON.stringify(outline)).not.toContain(t);
  });
});
