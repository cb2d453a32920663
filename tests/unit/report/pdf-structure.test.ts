import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/nl.json";
import preparation from "@/messages/preparation.nl.json";
import { renderReportPdf } from "@/lib/report/pdf";
import type { ReportModel } from "@/lib/report/report-model";

// The report PDF is tagged for PDF/UA: read back with poppler's pdfinfo (Debian's
// poppler-utils, installed by .ci/run), its structure tree must hold the headings,
// the tables with header cells, the chart as a figure with alternative text, in
// reading order, and the document must declare its language and title.

const model = {
  session: {
    title: "Jeugdzorg: wie doet wat?",
    theme: "jeugdzorg",
    startsAt: new Date("2027-03-04T18:30:00Z"),
    location: "Raadzaal",
    description: "Een avond over de rol van de raad.",
    reviewStoodOut: "Veel eensgezindheid over de wijkteams.",
    reviewAgreements: null,
    reviewNextSteps: null,
    agendaItems: [
      { title: "Opening en kennismaking", phase: "BEELDVORMING", durationMinutes: 15 },
      { title: "Stellingenspel", phase: "MENINGVORMING", durationMinutes: 45 },
    ],
  },
  results: {
    question: "Welke rol past bij jeugdzorg?",
    respondents: 7,
    minimumGroupSize: 5,
    actors: [
      {
        name: "Gemeenteraad",
        summary: { distribution: { REGULEREN: 1, REGISSEREN: 4, STIMULEREN: 2, FACILITEREN: 0, LOSLATEN: 0 }, consensus: 0.72, reading: "GROOT" },
      },
      { name: "Inwoners", summary: null },
      // Enough people for the next page: headings, tables and figures stay in order across pages.
      ...Array.from({ length: 8 }, (_, n) => ({
        name: `Partner ${n + 1}`,
        summary: { distribution: { REGULEREN: 0, REGISSEREN: 1, STIMULEREN: 2, FACILITEREN: 3, LOSLATEN: n }, consensus: null, reading: null },
      })),
    ],
  },
  values: { values: [{ name: "Vertrouwen", count: 3, link: { indicator: "Wachttijd" } }] },
  roomForInput: [],
  commitments: [{ who: "Wethouder Jansen", what: "Een brief over de wachtlijsten", status: "OPEN", dueDate: "2027-05-01" }],
  evaluationMoments: [{ date: "2027-09-01", subject: "Wachttijden", outcome: "" }],
  progress: { done: 3, total: 10, steps: [{ number: 1, messageKey: "steps.probleem", status: "KLAAR" }] },
} as unknown as ReportModel;

async function render() {
  const translate = createTranslator({ locale: "nl", messages: { ...messages, preparation } });
  const t = ((key: string, values?: Record<string, string | number>) => {
    try {
      return translate(key as never, values as never);
    } catch {
      return key; // a key this fixture's model does not fill exactly (e.g. a reading); the structure is what counts
    }
  }) as (key: string, values?: Record<string, string | number>) => string;
  const pdf = await renderReportPdf(model, { t, locale: "nl", formatDate: (d) => d.toISOString().slice(0, 10), formatNumber: (n) => n.toFixed(2) });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beraad-pdf-")), "verslag.pdf");
  fs.writeFileSync(file, pdf);
  return file;
}

describe("the report PDF (PDF/UA)", () => {
  it("is tagged, in Dutch, with its title shown", async () => {
    const file = await render();
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/^Tagged:\s+yes/m);
    expect(info).toMatch(/^Title:\s+Verslag: Jeugdzorg: wie doet wat\?/m);
    const raw = fs.readFileSync(file, "latin1");
    expect(raw).toMatch(/\/Lang \(nl\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/pdfuaid:part>1</);
  });

  it("has headings, tables with header cells and a figure with alternative text, in reading order", async () => {
    const file = await render();
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    const lines = tree.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));

    expect(at(/^\s*H1\b/)).toBeGreaterThan(-1);
    expect(tree).toMatch(/H1[^\n]*\n\s*"Verslag: Jeugdzorg: wie doet wat\?"/);
    expect(tree).toMatch(/H2[^\n]*\n\s*"Terugblik van de facilitator"/);
    expect(tree).toMatch(/H3[^\n]*\n\s*"Gemeenteraad"/);

    // The distribution: a table whose header row names the rungs, then the counts.
    expect(tree).toMatch(/TH:?\n\s*\/Scope \/Column\n\s*"Reguleren"/);
    expect(tree).toMatch(/TD[^\n]*\n\s*"4"/);
    // The programme and the commitments are tables too.
    expect(tree).toMatch(/TD[^\n]*\n\s*"Stellingenspel"/);
    expect(tree).toMatch(/TD[^\n]*\n\s*"Wethouder Jansen"/);
    expect((tree.match(/^\s*Table\b/gm) ?? []).length).toBe(2 + 9);
    expect((tree.match(/^\s*Figure\b/gm) ?? []).length).toBe(9);

    // The chart: a figure whose alternative text carries the numbers.
    expect(tree).toMatch(/Figure[^\n]*/);
    const raw = fs.readFileSync(file, "latin1");
    expect(raw).toMatch(/\/Alt \(Staafdiagram: hoe vaak elke trede/);

    // Reading order: title, review, results (over the page break), programme, commitments.
    const order = [/"Verslag: Jeugdzorg/, /"Terugblik van de facilitator"/, /"Gemeenteraad"/, /"Partner 8"/, /"Programma van de sessie"/, /"Wethouder Jansen"/].map(at);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Pages:\s+[2-9]/m);
    expect(order.every((index) => index > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
