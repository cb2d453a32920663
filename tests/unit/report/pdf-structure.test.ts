import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "@/lib/report/pdf";
import { reportFixture, translator } from "./fixture";

// The report PDF is tagged for PDF/UA: read back with poppler's pdfinfo (Debian's
// poppler-utils, installed by .ci/run), its structure tree must hold the headings,
// the tables with header cells, the chart as a figure with alternative text, in
// reading order, and the document must declare its language and title.

const model = reportFixture();

async function render() {
  const t = translator("nl");
  const pdf = await renderReportPdf(model, { t, locale: "nl", formatNumber: (n) => n.toFixed(2) });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beraad-pdf-")), "verslag.pdf");
  fs.writeFileSync(file, pdf);
  return file;
}

// Rendering a PDF takes seconds on two shared cores: room beyond the default 5 s.
describe("the report PDF (PDF/UA)", { timeout: 30_000 }, () => {
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
    // Tables: responsibilities, 9 actors, programme, attendance, who took part, verdicts, fractie rankings, commitments.
    expect((tree.match(/^\s*Table\b/gm) ?? []).length).toBe(1 + 9 + 6);
    // The programme as held carries its clock times, the attendance list the answers.
    expect(tree).toMatch(/TD[^\n]*\n\s*"19:45–20:30"/);
    expect(tree).toMatch(/TD[^\n]*\n\s*"komt niet"/);
    // Figures: the web page's charts, drawn as vector graphics: 9 distributions and who took part.
    expect((tree.match(/^\s*Figure\b/gm) ?? []).length).toBe(9 + 1);

    // The chart: a figure whose alternative text carries the numbers.
    expect(tree).toMatch(/Figure[^\n]*/);
    const raw = fs.readFileSync(file, "latin1");
    expect(raw).toMatch(/\/Alt \(Staafdiagram: hoe vaak elke trede/);

    // Reading order: title, review, results (over the page break), programme, commitments.
    const order = [/"Verslag: Jeugdzorg/, /"Terugblik van de facilitator"/, /"Gemeenteraad"/, /"Partner 8"/, /"Het programma zoals gehouden"/, /"Wethouder Jansen"/].map(at);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Pages:\s+[2-9]/m);
    expect(order.every((index) => index > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("carries the content of the steps, with dates in words and never below the minimum group size", async () => {
    const file = await render();
    // The text in reading order, from the structure tree (a table cell stays whole there).
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    const text = [...tree.matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("donderdag 4 maart 2027 om 19:30");
    expect(text).toContain("Ouders weten niet bij wie ze terechtkunnen.");
    expect(text).toContain("Gezinnen wachten te lang op passende hulp.");
    expect(text).toContain("A. Bakker, directeur, Jeugdfonds");
    expect(text).toContain("Partners zien de raad vooral als regisseur.");
    expect(text).toContain("10 juni 2027: Kadernota");
    expect(text).toMatch(/16 deelnemers, van wie 4 vaste deelnemers \("usual suspects"\): 25\s?%/);
    expect(text).toContain("Autonomie tegenover Vertrouwen");
    expect(text).toContain("Nog 9 weken wachten");
    expect(text).toContain("Lokaal Belang");
    expect(text).toContain("zegt niets over haar politieke gewicht");
    expect(text).toContain("toegezegd op 4 maart 2027");
    // Evaluation moments by date, in words; no ISO date anywhere in the document.
    expect(text.indexOf("1 september 2027: Wachttijden")).toBeGreaterThan(-1);
    expect(text.indexOf("1 september 2027: Wachttijden")).toBeLessThan(text.indexOf("1 december 2027: Rolverdeling"));
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Inwoners are below k: only the "too few" sentence, no figures.
    expect(text).toMatch(/Inwoners Te weinig/);
    const raw = fs.readFileSync(file, "latin1");
    expect(raw).toMatch(/\/Alt \(Staafdiagram van wie meedeed: Ouders: 12, Vaste insprekers: 4/);
  });
});
