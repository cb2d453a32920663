import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { setSharedParts } from "@/lib/council-sessions/change-status";
import { db } from "@/lib/db";
import type { Rung } from "@/lib/preparation/rungs";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { reportOutline, type Block } from "@/lib/report/outline";
import { reportModel } from "@/lib/report/report-model";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { controlRepeat, startRepeat } from "@/lib/worksheets/repeats";
import { worksheetShift } from "@/lib/worksheets/shift";
import { translator } from "@/tests/support/translator";
import { answeredSession, council } from "../privacy/fixtures";

// The herhaling in the record (issue 12): the verslag (one outline for web, PDF and
// .docx) and the results CSV carry per actor the shift over the rounds, with the
// figures of lib/worksheets/shift.ts — k per round, now beside desired where asked,
// and never who answered.

const MOMENTS = [
  { id: "m-later", date: "2028-03-01", subject: "Tweede evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
  { id: "m-eerst", date: "2027-09-01", subject: "Eerste evaluatie", participants: "", coversRoles: true, outcome: "", adjustments: "" },
];

/** k = 3: the session's round (3 answers per actor, with "now" for the first), one herhaling closed (first actor 3, second 2), one still open. */
async function sessionWithRounds() {
  const { griffier, raadsleden } = await council();
  const { sessionId } = await answeredSession(griffier, raadsleden, {
    label: "Ronde",
    anonymous: true,
    rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"],
    nowRungs: ["REGULEREN", "REGULEREN", "REGULEREN"],
  });
  await saveStep(griffier, { sessionId, number: 9, version: 1, status: "BEZIG", nvtReason: "", data: { ...emptyStepData(9), evaluationMoments: MOMENTS } });
  const early = await startRepeat(griffier, { sessionId, momentId: "m-eerst" });
  const { actors } = await myWorksheet(raadsleden[0], sessionId, early);
  const desired: Rung[] = ["LOSLATEN", "LOSLATEN", "FACILITEREN"];
  for (const [i, rung] of desired.entries()) {
    await saveAnswer(raadsleden[i], sessionId, { actorId: actors[0].id, rung, nowRung: "STIMULEREN", motivation: `geheime toelichting ${i}`, promise: "anonymous" }, early);
    // Two answers to the second actor: fewer than k.
    if (i < 2) await saveAnswer(raadsleden[i], sessionId, { actorId: actors[1].id, rung: "REGISSEREN", motivation: "", promise: "anonymous" }, early);
  }
  await controlRepeat(griffier, { sessionId, repeatId: early, command: "close" });
  await startRepeat(griffier, { sessionId, momentId: "m-later" });
  return { griffier, raadsleden, sessionId, early };
}

const outlineOf = async (reader: Actor, sessionId: string, locale: "nl" | "en" = "nl") =>
  reportOutline(await reportModel(reader, sessionId), { t: translator(locale), locale, formatNumber: (n) => n.toFixed(2) });

const sectionTitled = (sections: Block[][], title: string) => sections.find((blocks) => blocks[0]?.kind === "h2" && blocks[0].text === title);
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");

/** The secrets an export must never carry: who answered (ids, names, addresses) and what they wrote. */
async function expectNoOneNamed(text: string, raadsleden: Actor[]) {
  for (const m of raadsleden) {
    const user = await db().user.findUniqueOrThrow({ where: { id: m.userId } });
    for (const secret of [m.membershipId, m.userId, user.email, user.name].filter((x): x is string => Boolean(x))) expect(text).not.toContain(secret);
  }
  expect(text).not.toContain("geheime toelichting");
}

describe("the herhaling in the verslag and the CSV", () => {
  it("the verslag shows per actor each round's answers and most chosen rung, now beside desired, and 'te weinig antwoorden' below k", async () => {
    const { griffier, raadsleden, sessionId } = await sessionWithRounds();
    const { sections } = await outlineOf(griffier, sessionId);
    const rounds = sectionTitled(sections, "Herhalingen en verschuiving");
    expect(rounds).toBeDefined();
    expect(rounds).toContainEqual({ kind: "p", text: "Per ronde tonen we een verdeling pas vanaf 3 antwoorden; een anonieme ronde pas als hij gesloten is." });
    const [council, college, ambtelijk] = tables(rounds!);
    expect(council!.header).toEqual(["Ronde", "Antwoorden", "Meest gekozen: waar willen we staan?", "Meest gekozen: waar staan we nu?"]);
    expect(council!.rows).toEqual([
      ["Sessie, 1 februari 2027", "3", "Reguleren", "Reguleren"],
      ["Herhaling 1, 1 september 2027 (Eerste evaluatie)", "3", "Loslaten", "Stimuleren"],
      ["Herhaling 2, 1 maart 2028 (Tweede evaluatie)", "nog niet gesloten", "–", "–"],
    ]);
    // The second actor: three answers in the session's round, two in the herhaling (below k: no rung at all).
    expect(college!.rows.map((r) => r.slice(0, 3))).toEqual([
      ["Sessie, 1 februari 2027", "3", "Stimuleren"],
      ["Herhaling 1, 1 september 2027 (Eerste evaluatie)", "te weinig antwoorden", "–"],
      ["Herhaling 2, 1 maart 2028 (Tweede evaluatie)", "nog niet gesloten", "–"],
    ]);
    // The third: nobody answered it, in no round.
    expect(ambtelijk!.rows.map((r) => r[1])).toEqual(["te weinig antwoorden", "te weinig antwoorden", "nog niet gesloten"]);
    // The figures are the review page's (lib/worksheets/shift.ts), not counted again.
    const shift = (await worksheetShift(griffier, sessionId))!;
    expect(council!.rows.map((r) => r[1])).toEqual(shift.actors[0]!.cells.map((c) => (c.status === "shown" ? String(c.count) : c.status === "tooFew" ? "te weinig antwoorden" : "nog niet gesloten")));
    // (The verslag names the invited raadsleden elsewhere; the rounds never say who answered.)
    await expectNoOneNamed(JSON.stringify(rounds), raadsleden);

    // In English too.
    const en = sectionTitled((await outlineOf(griffier, sessionId, "en")).sections, "Repeats and shift");
    expect(tables(en!)[0]!.rows[1]).toEqual(["Repeat 1, 1 September 2027 (Eerste evaluatie)", "3", "Loslaten (let go)", "Stimuleren (stimulate)"]);
  });

  it("a raadslid reading the shared verslag gets the same rounds, without names; before it is shared, nothing", async () => {
    const { griffier, raadsleden, sessionId } = await sessionWithRounds();
    await expect(reportModel(raadsleden[0]!, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setSharedParts(griffier, { sessionId, parts: ["REPORT"] });
    const theirs = await reportModel(raadsleden[0]!, sessionId);
    const reviewers = await reportModel(griffier, sessionId);
    expect(theirs.shift).toEqual(reviewers.shift);
    await expectNoOneNamed(JSON.stringify(theirs.shift), raadsleden);
  });

  it("a verslag without a herhaling has no rounds section", async () => {
    const { griffier, raadsleden } = await council();
    const { sessionId } = await answeredSession(griffier, raadsleden, { label: "Eén", anonymous: true, rungs: ["REGULEREN", "REGULEREN", "REGISSEREN"] });
    const model = await reportModel(griffier, sessionId);
    expect(model.shift).toBeNull();
    expect(sectionTitled(reportOutline(model, { t: translator("nl"), locale: "nl", formatNumber: String }).sections, "Herhalingen en verschuiving")).toBeUndefined();
    expect(await worksheetCsv(griffier, sessionId)).not.toContain("ronde;");
  });

  it("the CSV ends with the rounds table: per round and actor the date, the moment, the answers, most chosen and most chosen now", async () => {
    const { griffier, raadsleden, sessionId } = await sessionWithRounds();
    const csv = await worksheetCsv(griffier, sessionId);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    const start = lines.indexOf("ronde;datum;evaluatiemoment;actor;antwoorden;meest gekozen;meest gekozen nu");
    expect(start).toBeGreaterThan(0);
    expect(lines[start - 1]).toBe(""); // an empty row between the two tables
    expect(lines.slice(start + 1, -1)).toEqual([
      "sessie;2027-02-01;;Gemeenteraad;3;Reguleren;Reguleren",
      "herhaling 1;2027-09-01;Eerste evaluatie;Gemeenteraad;3;Loslaten;Stimuleren",
      "herhaling 2;2028-03-01;Tweede evaluatie;Gemeenteraad;Nog niet gesloten;;",
      "sessie;2027-02-01;;College;3;Stimuleren;",
      "herhaling 1;2027-09-01;Eerste evaluatie;College;Te weinig antwoorden om anoniem te tonen (minimaal 3);;",
      "herhaling 2;2028-03-01;Tweede evaluatie;College;Nog niet gesloten;;",
      "sessie;2027-02-01;;Ambtelijke organisatie;Te weinig antwoorden om anoniem te tonen (minimaal 3);;",
      "herhaling 1;2027-09-01;Eerste evaluatie;Ambtelijke organisatie;Te weinig antwoorden om anoniem te tonen (minimaal 3);;",
      "herhaling 2;2028-03-01;Tweede evaluatie;Ambtelijke organisatie;Nog niet gesloten;;",
    ]);
    await expectNoOneNamed(csv, raadsleden);
    // English headers for an English reader.
    expect(await worksheetCsv(griffier, sessionId, "en")).toContain("round;date;evaluation moment;actor;answers;most chosen;most chosen now\r\nsession;2027-02-01;;");
  });
});
